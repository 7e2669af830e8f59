// The console's API contract (docs: /work/notes/console-api.md, issue #15) for operations the committed snapshot of
// /q/openapi does not carry yet. Shapes of answers are the console's own model (src/api/model.ts); here only what
// makes paths, parameters and bodies type-check. Remove an entry once the service serves it.
const json = { type: 'object', additionalProperties: true }
const ok = { 200: { description: 'OK', content: { 'application/json': { schema: json } } } }
const noContent = { 204: { description: 'No content' } }
const body = { required: true, content: { 'application/json': { schema: json } } }
const id = { in: 'path', name: 'id', required: true, schema: { type: 'string' } }
const q = (name) => ({ in: 'query', name, schema: { type: 'string' } })

export const pending = {
  '/api/v1/admin/auth/session': {
    post: { operationId: 'startConsoleSession', requestBody: body, responses: ok },
    delete: { operationId: 'endConsoleSession', responses: noContent },
  },
  '/api/v1/admin/auth/session/refresh': {
    post: { operationId: 'refreshConsoleSession', responses: ok },
  },
  '/api/v1/admin/complaints': {
    get: {
      operationId: 'listAdminComplaints',
      parameters: ['status', 'category', 'division', 'urgent', 'overdue', 'assignedToMe', 'newInformation', 'page', 'size'].map(q),
      responses: ok,
    },
  },
  '/api/v1/admin/complaints/counts': {
    get: { operationId: 'countAdminComplaints', parameters: [q('division')], responses: ok },
  },
  '/api/v1/admin/complaints/{id}/assignees': {
    get: { operationId: 'listComplaintAssignees', parameters: [id], responses: ok },
  },
  '/api/v1/admin/reply-templates': {
    get: { operationId: 'listReplyTemplates', parameters: [q('category')], responses: ok },
  },
}
