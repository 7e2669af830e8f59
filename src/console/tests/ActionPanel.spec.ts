import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ActionRequest, AdminComplaint } from '../src/api/model'
import { ApiError } from '../src/api/console'
import ActionPanel from '../src/components/ActionPanel.vue'

const calls: ActionRequest[] = []
let answer: () => Promise<unknown> = async () => ({})
vi.mock('../src/api', () => ({
  api: {
    templates: async () => [
      { id: 't1', action: { code: 'REPLY', label: '答复家长' }, category: null, title: '已核实', text: '您好，经核实……', version: 1 },
      { id: 't2', action: { code: 'RESOLVE', label: '办结' }, category: null, title: '办结', text: '办结说明', version: 1 },
    ],
    assignees: async () => [{ id: 'h2', name: '李四', username: 'li' }],
    act: async (_id: string, request: ActionRequest) => {
      calls.push(request)
      return answer()
    },
  },
}))

const term = (code: string, label = code) => ({ code, label })
const complaint = {
  id: 'c1', version: 7, category: term('FEES_REFUNDS', '收费与退费'),
  allowedActions: [
    { action: term('REPLY', '答复家长'), needsText: true, parentSees: true, supervisorOnly: false },
    { action: term('RESOLVE', '办结'), needsText: true, parentSees: true, supervisorOnly: false },
    { action: term('ASSIGN', '指派'), needsText: false, parentSees: false, supervisorOnly: false },
  ],
  nurseryRecord: {
    filingStatus: term('FILED', '已备案'), filedOn: '2025-01-02', substantiatedComplaints: 0,
    inspections: [{ id: 'i9', inspectedOn: '2026-11-30', kind: term('RANDOM', '双随机检查'), result: term('FAIL', '不合格') }],
    penalties: [],
  },
} as unknown as AdminComplaint

function panel() {
  return mount(ActionPanel, { props: { complaint }, global: { plugins: [ElementPlus] }, attachTo: document.body })
}

describe('ActionPanel', () => {
  beforeEach(() => {
    calls.length = 0
    answer = async () => ({ ...complaint, version: 8 })
    document.body.innerHTML = ''
  })

  it('offers only the allowed actions', () => {
    const labels = panel().findAll('[data-test^=action-]').map((b) => b.text())
    expect(labels).toEqual(['答复家长', '办结', '指派'])
  })

  it('a template fills the text, which the handler edits before sending', async () => {
    const wrapper = panel()
    await wrapper.get('[data-test=action-REPLY]').trigger('click')
    await flushPromises()
    const vm = wrapper.vm as unknown as { useTemplate(id: string): void; form: { text: string } }
    vm.useTemplate('t1')
    expect(vm.form.text).toBe('您好，经核实……')
    vm.form.text += '已责令退费。'
    await (wrapper.vm as unknown as { send(): Promise<void> }).send()
    expect(calls).toEqual([{ action: 'REPLY', version: 7, text: '您好，经核实……已责令退费。' }])
    expect(wrapper.emitted('done')?.[0][1]).toBe('已答复家长')
  })

  it('a substantiated resolution links the inspection chosen from the nursery record', async () => {
    const wrapper = panel()
    await wrapper.get('[data-test=action-RESOLVE]').trigger('click')
    await flushPromises()
    const vm = wrapper.vm as unknown as { form: Record<string, string>; send(): Promise<void> }
    Object.assign(vm.form, { text: '查实', finding: 'SUBSTANTIATED', record: 'inspection:i9' })
    await vm.send()
    expect(calls[0]).toEqual({ action: 'RESOLVE', version: 7, text: '查实', finding: 'SUBSTANTIATED', inspectionId: 'i9' })
  })

  it('refuses to send a text action without text', async () => {
    const wrapper = panel()
    await wrapper.get('[data-test=action-REPLY]').trigger('click')
    await (wrapper.vm as unknown as { send(): Promise<void> }).send()
    expect(calls).toEqual([])
  })

  it('someone acting first is reported as a conflict for the page to reload', async () => {
    answer = async () => { throw new ApiError(409, { status: 409 }) }
    const wrapper = panel()
    await wrapper.get('[data-test=action-ASSIGN]').trigger('click')
    await flushPromises()
    const vm = wrapper.vm as unknown as { form: Record<string, string>; send(): Promise<void> }
    vm.form.assignee = 'h2'
    await vm.send()
    expect(calls[0]).toEqual({ action: 'ASSIGN', version: 7, assignee: 'h2' })
    expect(wrapper.emitted('conflict')).toHaveLength(1)
  })
})
