import type { ReplyTemplate } from '../api/model'

/**
 * The templates for an action on a complaint: those of its category first, then those for any category (whose
 * category the service leaves out of the answer).
 */
export function templatesFor(templates: ReplyTemplate[], action: string, category: string): ReplyTemplate[] {
  const general = (t: ReplyTemplate) => t.category == null
  const fitting = templates.filter((t) => t.action.code === action && (general(t) || t.category?.code === category))
  return [...fitting.filter((t) => !general(t)), ...fitting.filter(general)]
}
