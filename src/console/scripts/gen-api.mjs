// Generates src/api/schema.d.ts (openapi-typescript) from the committed snapshot of the service's /q/openapi
// (openapi/admin-openapi.json, kept equal to the served document by ConsoleOpenApiSnapshotTest).
// Operations of the console contract that the snapshot does not carry yet (openapi/pending-operations.mjs) are
// added first, and reported, so the console can be built while the service catches up; once the snapshot has
// them, the service's own definitions win and the pending list can be emptied.
import fs from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { pending } from '../openapi/pending-operations.mjs'

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'))
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull())

const doc = JSON.parse(fs.readFileSync(new URL('../openapi/admin-openapi.json', import.meta.url), 'utf8'))
const used = []
for (const [path, methods] of Object.entries(pending)) {
  for (const [method, operation] of Object.entries(methods)) {
    const served = doc.paths?.[path]?.[method]
    const servedNames = new Set((served?.parameters ?? []).map((p) => p.name))
    const missing = (operation.parameters ?? []).filter((p) => !servedNames.has(p.name))
    if (!served || missing.length > 0) {
      doc.paths[path] = { ...(doc.paths[path] ?? {}), [method]: operation }
      used.push(`${method.toUpperCase()} ${path}`)
    }
  }
}
if (used.length > 0) console.warn(`gen-api: ${used.length} operation(s) not in the snapshot yet, taken from pending-operations.mjs:\n  ${used.join('\n  ')}`)

const ast = await openapiTS(doc, {
  transform(schemaObject) {
    if (schemaObject.format === 'binary') return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB
  },
})
fs.mkdirSync(new URL('../src/api/', import.meta.url), { recursive: true })
fs.writeFileSync(new URL('../src/api/schema.d.ts', import.meta.url), astToString(ast))
console.log('gen-api: wrote src/api/schema.d.ts')
