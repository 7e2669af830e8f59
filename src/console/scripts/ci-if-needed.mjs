// `npm ci` only when node_modules is missing or older than package.json / package-lock.json: npm records what it
// installed in node_modules/.package-lock.json, so a rebuild skips the reinstall (~40 s) and a fresh clone or a
// changed lock file still gets a clean install.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1)
const installed = mtime('node_modules/.package-lock.json')
if (installed >= mtime('package-lock.json') && installed >= mtime('package.json')) {
  console.log('ci-if-needed: node_modules is up to date, npm ci skipped')
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' })
  process.exit(result.status ?? 1)
}
