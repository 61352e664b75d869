import type { CollectionConfig } from 'payload'

import { hasRole, nobody } from '../src/access/roles'

/**
 * Every mail the product sends: returned records, reminders, digests,
 * monthly reports. It is also the outbox: a mail is written here, with its
 * text, in the transaction of the change that causes it, and the `sendMail`
 * job sends it after that transaction committed (retrying with backoff while
 * the SMTP server is unreachable). Written by the product only; head office
 * reads it to prove who was told what and when, and the reminder job reads it
 * so a branch is reminded once a month.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  access: { create: nobody, delete: nobody, read: hasRole('admin', 'compliance'), update: nobody },
  admin: {
    defaultColumns: ['kind', 'subject', 'to', 'status', 'sentAt', 'error'],
    group: { en: 'Review', zh: '审核管理' },
    useAsTitle: 'subject',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kind',
      index: true,
      label: { en: 'Kind', zh: '类型' },
      options: [
        { label: { en: 'Record returned', zh: '记录退回' }, value: 'returned' },
        { label: { en: 'Submission reminder', zh: '报送提醒' }, value: 'reminder' },
        { label: { en: 'Flagged-records digest', zh: '待复核记录汇总' }, value: 'flag-digest' },
        { label: { en: 'Monthly report', zh: '月度报告' }, value: 'monthly-report' },
        { label: { en: 'Monthly return returned', zh: '月度报送退回' }, value: 'return-returned' },
        { label: { en: 'Monthly return due', zh: '月度报送到期提醒' }, value: 'return-reminder' },
        { label: { en: 'Monthly return overdue (to the level above)', zh: '月度报送逾期（通知上级）' }, value: 'return-escalation' },
      ],
      required: true,
      type: 'select',
    },
    { name: 'to', label: { en: 'To', zh: '收件人' }, required: true, type: 'text' },
    { name: 'subject', label: { en: 'Subject', zh: '主题' }, required: true, type: 'text' },
    { name: 'campaign', index: true, label: { en: 'Campaign', zh: '宣传活动' }, relationTo: 'campaigns', type: 'relationship' },
    { name: 'month', index: true, label: { en: 'Month', zh: '月份' }, type: 'text' },
    { name: 'branch', index: true, label: { en: 'Branch', zh: '机构' }, relationTo: 'branches', type: 'relationship' },
    { name: 'activities', hasMany: true, label: { en: 'Records', zh: '相关记录' }, maxDepth: 0, relationTo: 'activities', type: 'relationship' },
    {
      name: 'status',
      defaultValue: 'pending',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: [
        { label: { en: 'Waiting to be sent', zh: '待发送' }, value: 'pending' },
        { label: { en: 'Sent', zh: '已发送' }, value: 'sent' },
        { label: { en: 'Failed (gave up)', zh: '发送失败（已停止重试）' }, value: 'failed' },
      ],
      required: true,
      type: 'select',
    },
    { name: 'attempts', defaultValue: 0, label: { en: 'Attempts', zh: '尝试次数' }, type: 'number' },
    { name: 'sentAt', index: true, label: { en: 'Sent at', zh: '发送时间' }, type: 'date' },
    { name: 'error', label: { en: 'Last error', zh: '最近一次失败原因' }, type: 'text' },
    { name: 'text', admin: { readOnly: true }, label: { en: 'Text', zh: '正文' }, type: 'textarea' },
    { name: 'html', admin: { disableListColumn: true, disableListFilter: true, hidden: true }, type: 'textarea' },
    {
      name: 'attachments',
      admin: { readOnly: true },
      hasMany: true,
      label: { en: 'Attachments', zh: '附件' },
      maxDepth: 0,
      relationTo: 'report-files',
      type: 'relationship',
    },
  ],
  labels: { plural: { en: 'Mail log', zh: '邮件记录' }, singular: { en: 'Mail', zh: '邮件' } },
}
