// Draws the statistics table as a chart (ECharts). The table stays on the page as the accessible
// version with the same numbers; suppressed counts are left out of the chart, never drawn as zero.
const chart = document.getElementById('statistics-chart')
const table = document.getElementById('statistics-table')

function draw () {
  if (!chart || !table || !window.echarts) {
    return
  }
  const labels = []
  const values = []
  table.querySelectorAll('tbody tr').forEach((row) => {
    const label = row.querySelector('th').textContent.trim()
    const value = row.querySelector('td').textContent.trim()
    if (row.querySelector('#statistics-total')) {
      return // the total is not a bar
    }
    labels.push(label)
    values.push(value === chart.dataset.suppressed ? null : Number(value))
  })
  chart.classList.add('haven-chart--drawn')
  const drawn = window.echarts.init(chart, null, { renderer: 'svg' })
  drawn.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 64 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: chart.dataset.kind, data: values, color: '#1d70b8', connectNulls: false }]
  })
  window.addEventListener('resize', () => drawn.resize())
}

if (document.readyState === 'complete') {
  draw()
} else {
  window.addEventListener('load', draw)
}
