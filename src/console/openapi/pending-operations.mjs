// Operations the console needs before the service serves them (the committed snapshot of /q/openapi lacks them):
// scripts/gen-api.mjs adds each one missing from the snapshot, or lacking a parameter listed here, and prints which,
// so the console can be built ahead of the service. Issue #15's operations are all served now: the list is empty.
// Example entry:
//   '/api/v1/admin/complaints/counts': {
//     get: { operationId: 'countAdminComplaints', parameters: [{ in: 'query', name: 'division', schema: { type: 'string' } }],
//            responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } },
//   },
export const pending = {}
