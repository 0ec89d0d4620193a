// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// htmx requests that change state carry the CSRF token from the page's meta tags.
document.body.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]')
  const header = document.querySelector('meta[name="_csrf_header"]')
  if (token && header) {
    event.detail.headers[header.content] = token.content
  }
})

// Elements marked data-confirm ask before submitting (e.g. revoking a token).
document.querySelectorAll('form[data-confirm]').forEach((form) => {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) {
      event.preventDefault()
    }
  })
})

// A file larger than the form takes is refused as soon as it is chosen, before any upload.
document.querySelectorAll('input[type="file"][data-max-bytes]').forEach((input) => {
  const error = document.getElementById(input.id + '-error')
  input.addEventListener('change', () => {
    const tooLarge = Array.from(input.files).some((file) => file.size > Number(input.dataset.maxBytes))
    if (!tooLarge && error.dataset.shown) {
      error.textContent = ''
      delete error.dataset.shown
      input.closest('.govuk-form-group').classList.remove('govuk-form-group--error')
    }
    if (tooLarge) {
      error.dataset.shown = 'true'
      input.value = ''
      error.textContent = error.dataset.tooLarge
      input.setAttribute('aria-describedby', input.id + '-hint ' + error.id)
      input.closest('.govuk-form-group').classList.add('govuk-form-group--error')
      input.focus()
    }
  })
})
