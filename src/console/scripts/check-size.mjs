// The console's first load (index.html's scripts, styles and their static imports) must stay within 500 KB of
// gzip-compressed JavaScript and CSS (issue #15). Runs after `vite build`; fails the build above the budget.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const BUDGET = 500 * 1024
const dist = process.env.CONSOLE_OUT_DIR ?? path.resolve(import.meta.dirname, '../dist')
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
const base = '/console/'

const seen = new Set()
const queue = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
while (queue.length > 0) {
  const url = queue.shift()
  const file = path.join(dist, url.startsWith(base) ? url.slice(base.length) : url)
  if (seen.has(file)) continue
  seen.add(file)
  if (file.endsWith('.js')) {
    // Static imports only ("import ... from './x.js'", "import './x.js'"); dynamic import() chunks are lazy.
    const code = fs.readFileSync(file, 'utf8')
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.(?:js|css))["']/g)) {
      queue.push(path.relative(dist, path.resolve(path.dirname(file), m[1])))
    }
  }
}
let total = 0
for (const file of seen) {
  const size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
  total += size
  console.log(`  ${path.relative(dist, file)}  ${(size / 1024).toFixed(1)} KB gzip`)
}
console.log(`first load: ${(total / 1024).toFixed(1)} KB gzip of ${BUDGET / 1024} KB (${seen.size} files)`)
if (total > BUDGET) {
  console.error('check-size: the first load is over budget; import less up front or split it into lazy routes')
  process.exit(1)
}
