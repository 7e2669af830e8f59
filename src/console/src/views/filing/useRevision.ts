import { reactive, ref } from 'vue'
import { filing } from '../../api'
import { ApiError } from '../../api/console'
import type { Section } from '../../api/filing'
import { fieldErrors } from '../../lib/filing'

/** What every section form shares: where the facts come from, a note, the day they hold on. */
export function useRevision(nurseryId: string, section: Section, onSaved: () => void) {
  const meta = reactive({ source: 'NURSERY_SUBMISSION', note: '', asOf: '' })
  const errors = ref<Record<string, string>>({})
  const saving = ref(false)

  /**
   * Sends the whole section with the revision it was based on. A refusal's messages land on the fields they name
   * (mapped by `key` where the form names fields otherwise); someone else's change first (409) reloads.
   */
  async function save(body: Record<string, unknown>, expectedRevision: number, key: (field: string) => string = (f) => f) {
    saving.value = true
    errors.value = {}
    try {
      await filing.revise(nurseryId, section, {
        ...body, source: meta.source, note: meta.note || undefined, asOf: meta.asOf || undefined, expectedRevision,
      })
      ElMessage.success('已保存，公示信息将在数秒内更新')
      meta.note = ''
      onSaved()
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        ElMessage.warning('该部分已被他人修改，页面已刷新')
        onSaved()
      } else if (e instanceof ApiError) {
        const raw = fieldErrors(e.problem)
        errors.value = Object.fromEntries(Object.entries(raw).map(([field, message]) => [field ? key(field) : '', message]))
      } else {
        errors.value = { '': '保存失败，请重试' }
      }
    } finally {
      saving.value = false
    }
  }

  return { meta, errors, saving, save }
}
