/**
 * Every message the product itself shows (validation errors, refusals), in zh
 * and en. Payload's own strings come from @payloadcms/translations.
 */
export const messages = {
  activityDateOutsideCampaign: {
    en: 'The date {date} is outside the campaign period ({start} – {end}).',
    zh: '活动日期 {date} 不在宣传活动期间（{start} 至 {end}）内。',
  },
  branchHasChildren: {
    en: 'This branch still has {count} branch(es) under it; move or delete them first.',
    zh: '该机构下仍有 {count} 个下级机构，请先调整或删除下级机构。',
  },
  branchHasRecords: {
    en: 'This branch still has {count} activity record(s) or user(s); it can be deactivated but not deleted.',
    zh: '该机构下仍有 {count} 条活动记录或用户，只能停用，不能删除。',
  },
  branchNotInScope: {
    en: 'You may only record activities for {scope}; the branch you chose is outside it.',
    zh: '您只能为{scope}登记活动，所选机构不在您的权限范围内。',
  },
  branchRequiredForRole: {
    en: 'Branch managers and branch staff must belong to a branch.',
    zh: '网点负责人和网点员工必须指定所属机构。',
  },
  campaignNotFound: { en: 'The campaign does not exist.', zh: '所选宣传活动不存在。' },
  endBeforeStart: {
    en: 'The end date must be on or after the start date.',
    zh: '结束日期不能早于开始日期。',
  },
  imageTooLarge: {
    en: 'The image is {width} × {height} pixels; at most {max} million pixels are accepted.',
    zh: '图片尺寸为 {width} × {height} 像素，超过上限（{max} 百万像素）。',
  },
  malformedId: {
    en: 'The filter on “{path}” expects a record id, but got “{value}”.',
    zh: '查询条件“{path}”需要记录编号，收到的“{value}”不是有效编号。',
  },
  moneyTwoDecimals: {
    en: 'Enter an amount in yuan that is not negative and has at most two decimals.',
    zh: '请输入不小于 0、最多两位小数的金额（元）。',
  },
  unsupportedFile: {
    en: '“{name}” is not a JPEG, PNG or WebP image or a PDF (judged by the file’s content, not its name).',
    zh: '“{name}”不是 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断，而非文件名）。',
  },
  nonNegativeInteger: {
    en: 'Enter a whole number that is not negative.',
    zh: '请输入不小于 0 的整数。',
  },
  parentIsDescendant: {
    en: 'The parent cannot be one of this branch’s own sub-branches or outlets.',
    zh: '上级机构不能是本机构的下级机构。',
  },
  parentIsSelf: { en: 'A branch cannot be its own parent.', zh: '上级机构不能是本机构自身。' },
  parentNotFound: { en: 'The parent branch does not exist.', zh: '所选上级机构不存在。' },
  reviewStatusHeadOfficeOnly: {
    en: 'Only head-office compliance can approve or return a record.',
    zh: '只有总行合规人员可以审核通过或退回记录。',
  },
  slugFormat: {
    en: 'Use lower-case letters, digits and hyphens only (e.g. 2026-publicity-month).',
    zh: '只能使用小写字母、数字和连字符（例如 2026-publicity-month）。',
  },
  yourOwnBranch: { en: 'your own branch', zh: '本机构' },
  yourSubtree: { en: 'your branch and the branches under it', zh: '本机构及下级机构' },
} as const satisfies Record<string, { en: string; zh: string }>

export type MessageKey = keyof typeof messages
export type Lang = 'en' | 'zh'

export const toLang = (language: string | undefined | null): Lang => (language === 'en' ? 'en' : 'zh')

export const message = (lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string =>
  messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))

/** The message in the language of the request (Payload sets req.i18n from the user's choice or Accept-Language). */
export const t = (
  req: { i18n?: { language?: string } } | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string => message(toLang(req?.i18n?.language), key, vars)
