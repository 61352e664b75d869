/**
 * The product's mails, Chinese first with the English beneath (users have no
 * language setting of their own; every mail reads in both).
 */
import { escapeHtml } from './send'

type Block = { en: string[]; zh: string[] }

const render = (b: Block): { html: string; text: string } => ({
  html:
    `<div style="font-family:'Microsoft YaHei','PingFang SC',sans-serif">` +
    b.zh.map((l) => `<p>${l}</p>`).join('') +
    `<hr/><div style="color:#555">` +
    b.en.map((l) => `<p>${l}</p>`).join('') +
    `</div></div>`,
  text: [...b.zh, '', '—', '', ...b.en].map((l) => l.replace(/<[^>]+>/g, '')).join('\n'),
})

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a> ${escapeHtml(url)}`

export const returnedMail = (v: { branch: string; by: string; date: string; reason: string; title: string; url: string }) => {
  const e = { branch: escapeHtml(v.branch), by: escapeHtml(v.by), reason: escapeHtml(v.reason), title: escapeHtml(v.title) }
  return {
    subject: `【反诈宣传】活动记录被退回：${v.title}`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    ...render({
      en: [
        `Your activity record “${e.title}” (${e.branch}, ${v.date}) was returned by ${e.by}.`,
        `Reason: ${e.reason}`,
        `Please correct it and submit it again: ${link(v.url, 'open the record')}`,
      ],
      zh: [
        `您登记的活动记录“${e.title}”（${e.branch}，${v.date}）已被 ${e.by} 退回。`,
        `退回原因：${e.reason}`,
        `请修改后重新提交：${link(v.url, '打开记录')}`,
      ],
    }),
  }
}

export const reminderMail = (v: { branch: string; campaign: string; campaignEn: string; month: string; url: string }) => {
  const e = { branch: escapeHtml(v.branch), campaign: escapeHtml(v.campaign), campaignEn: escapeHtml(v.campaignEn) }
  return {
    subject: `【反诈宣传】提醒：${v.branch} ${v.month} 尚未报送活动记录`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    ...render({
      en: [
        `${e.branch} has not submitted any activity record for ${v.month} in “${e.campaignEn}”.`,
        `Please file and submit this month’s records: ${link(v.url, 'activity records')}`,
      ],
      zh: [
        `${e.branch}在“${e.campaign}”中尚未报送 ${v.month} 的活动记录。`,
        `请及时登记并提交本月活动记录：${link(v.url, '活动记录')}`,
      ],
    }),
  }
}

export const flagDigestMail = (v: { items: Array<{ branch: string; flags: string; flagsEn: string; title: string; url: string }>; url: string }) => ({
  subject: `【反诈宣传】新增待复核记录 ${v.items.length} 条`,
  ...render({
    en: [
      `${v.items.length} record(s) were newly flagged for review:`,
      ...v.items.map((i) => `• ${escapeHtml(i.branch)} — ${escapeHtml(i.title)}: ${escapeHtml(i.flagsEn)} ${link(i.url, 'open')}`),
      `All flagged records: ${link(v.url, 'list')}`,
    ],
    zh: [
      `以下 ${v.items.length} 条记录新近被标记为待复核：`,
      ...v.items.map((i) => `• ${escapeHtml(i.branch)}——${escapeHtml(i.title)}：${escapeHtml(i.flags)} ${link(i.url, '查看')}`),
      `全部待复核记录：${link(v.url, '列表')}`,
    ],
  }),
})

export const monthlyReportMail = (v: { campaign: string; campaignEn: string; monthLabel: string; monthLabelEn: string; url: string }) => ({
  subject: `【反诈宣传】${v.campaign}${v.monthLabel}工作总结（草稿）已生成`.replace(/[\r\n]+/g, ' ').slice(0, 200),
  ...render({
    en: [`The draft monthly summary of “${escapeHtml(v.campaignEn)}” for ${escapeHtml(v.monthLabelEn)} is attached (PDF). Review it, add the next steps and make it final: ${link(v.url, 'open the report')}`],
    zh: [`“${escapeHtml(v.campaign)}”${escapeHtml(v.monthLabel)}工作总结草稿已生成，PDF 见附件。请审阅、补充下一步工作后定稿：${link(v.url, '打开报告')}`],
  }),
})

export const returnReturnedMail = (v: { branch: string; by: string; month: string; reason: string; url: string }) => {
  const e = { branch: escapeHtml(v.branch), by: escapeHtml(v.by), reason: escapeHtml(v.reason) }
  return {
    subject: `【反诈宣传】${v.branch} ${v.month} 月度报送被退回`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    ...render({
      en: [`The monthly return of ${e.branch} for ${v.month} was returned by ${e.by}.`, `Reason: ${e.reason}`, `Its records can be corrected now; then submit the month again: ${link(v.url, 'monthly returns')}`],
      zh: [`${e.branch} ${v.month} 的月度报送已被 ${e.by} 退回。`, `退回原因：${e.reason}`, `本机构当月记录已解除冻结，请更正后重新报送：${link(v.url, '月度报送')}`],
    }),
  }
}

export const returnDueMail = (v: { branch: string; campaign: string; campaignEn: string; deadline: string; month: string; url: string }) => {
  const e = { branch: escapeHtml(v.branch), campaign: escapeHtml(v.campaign), campaignEn: escapeHtml(v.campaignEn) }
  return {
    subject: `【反诈宣传】提醒：${v.branch} ${v.month} 月度报送将于 ${v.deadline} 截止`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    ...render({
      en: [`The monthly return of ${e.branch} for ${v.month} in "${e.campaignEn}" is due by the end of ${v.deadline} (Beijing time).`, `Review the records, accept the returns below you and submit: ${link(v.url, 'monthly returns')}`],
      zh: [`${e.branch}在“${e.campaign}”中 ${v.month} 的月度报送将于 ${v.deadline}（北京时间）24时截止。`, `请完成记录审核、下级报送审核后提交本机构报送：${link(v.url, '月度报送')}`],
    }),
  }
}

export const returnOverdueMail = (v: { branch: string; campaign: string; campaignEn: string; deadline: string; month: string; supervisor: string; url: string }) => {
  const e = { branch: escapeHtml(v.branch), campaign: escapeHtml(v.campaign), campaignEn: escapeHtml(v.campaignEn), supervisor: escapeHtml(v.supervisor) }
  return {
    subject: `【反诈宣传】逾期：${v.branch} ${v.month} 月度报送未按时提交`.replace(/[\r\n]+/g, ' ').slice(0, 200),
    ...render({
      en: [`${e.branch} (under ${e.supervisor}) did not submit its monthly return for ${v.month} in "${e.campaignEn}" by ${v.deadline}.`, `Please follow it up: ${link(v.url, 'submission status')}`],
      zh: [`${e.supervisor}下辖的${e.branch}未在 ${v.deadline} 前提交“${e.campaign}” ${v.month} 的月度报送。`, `请督促其尽快报送：${link(v.url, '报送情况')}`],
    }),
  }
}

export const resetMail = (url: string) => ({
  subject: '【反诈宣传】重置密码 / Reset your password',
  ...render({
    en: [
      'Someone (hopefully you) asked to reset the password of your account on the anti-fraud publicity platform.',
      `To choose a new password, ${link(url, 'open this link')} within one hour. If it was not you, ignore this mail: your password stays as it is.`,
    ],
    zh: [
      '有人（可能是您本人）申请重置您在反诈宣传管理平台的账户密码。',
      `请在一小时内${link(url, '打开此链接')}设置新密码。如非本人操作，请忽略本邮件，您的密码不会改变。`,
    ],
  }),
})
