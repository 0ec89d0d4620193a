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
