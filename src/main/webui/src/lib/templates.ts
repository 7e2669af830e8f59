import type { ReplyTemplate } from '../api/model'

/** The templates for an action on a complaint: those of its category first, then those for any category. */
export function templatesFor(templates: ReplyTemplate[], action: string, category: string): ReplyTemplate[] {
  const fitting = templates.filter((t) => t.action.code === action && (t.category === null || t.category.code === category))
  return [...fitting.filter((t) => t.category !== null), ...fitting.filter((t) => t.category === null)]
}
