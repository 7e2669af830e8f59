import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ComplaintPage from '../src/views/ComplaintPage.vue'

const term = (code: string, label: string) => ({ code, label })
const complaint = {
  id: 'c1', trackingNumber: 'TS20261206-000002', version: 3, nurseryId: 'n1', nurseryName: '阳光托育园', facilityAddress: null,
  county: { code: '130821', name: '承德县' }, category: term('HYGIENE_FOOD', '卫生与饮食'), status: term('ACCEPTED', '办理中'),
  urgent: true, assignee: null, description: '午餐饭菜发馊', incidentDate: '2026-12-05', contactPhone: '138****5678',
  submittedAt: '2026-12-06T11:11:00+08:00',
  deadline: { kind: term('RESOLVE', '办结期限'), overdue: true, label: '已超期 2 个工作日' },
  newInformation: true, finding: null, linkedInspectionId: null, linkedPenaltyId: null, rating: null, photos: [],
  allowedActions: [], related: [], nurseryRecord: null,
  history: [{ at: '2026-12-06T03:11:00Z', actor: { role: term('PARENT', '家长') }, action: term('SUBMIT', '提交投诉'),
    status: term('SUBMITTED', '待受理'), publicText: '已收到', internalText: null }],
}
vi.mock('../src/api', () => ({ api: { complaint: async () => complaint } }))

describe('ComplaintPage', () => {
  it('shows status, urgency, the new-information marker, an overdue deadline in red and times in Beijing time', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', name: 'queue', component: { template: '<div/>' } },
      { path: '/complaints/:id', name: 'complaint', component: { template: '<div/>' } }] })
    const wrapper = mount(ComplaintPage, { props: { id: 'c1' }, global: { plugins: [ElementPlus, router] } })
    await flushPromises()
    expect(wrapper.get('[data-test=status]').text()).toBe('办理中')
    expect(wrapper.get('[data-test=new-information]').text()).toBe('新补充')
    expect(wrapper.get('[data-test=deadline]').classes()).toContain('overdue')
    expect(wrapper.get('[data-test=history]').text()).toContain('2026-12-06 11:11（北京时间）')
    expect(wrapper.text()).toContain('紧急')
  })
})
