/**
 * Every word the product itself shows, in zh and en, in one typed place:
 * refusals and validation messages, the admin's own screens, the public site
 * and the report files. Payload's own words come from @payloadcms/translations
 * ; field labels sit beside their fields
 * as { en, zh } (Payload's way) and a test walks the config for both.
 * tests/unit/catalogue.test.ts checks every entry: both languages, the same
 * placeholders, and plain ASCII punctuation in English.
 */
export type Words = { en: string; zh: string }

/** Refusals and validation messages (also over REST). */
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
    en: 'The filter on "{path}" expects a record id, but got "{value}".',
    zh: '查询条件“{path}”需要记录编号，收到的“{value}”不是有效编号。',
  },
  moneyTwoDecimals: {
    en: 'Enter an amount in yuan that is not negative and has at most two decimals.',
    zh: '请输入不小于 0、最多两位小数的金额（元）。',
  },
  unsupportedFile: {
    en: '"{name}" is not a JPEG, PNG or WebP image or a PDF (judged by the file\'s content, not its name).',
    zh: '“{name}”不是 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断，而非文件名）。',
  },
  nonNegativeInteger: {
    en: 'Enter a whole number that is not negative.',
    zh: '请输入不小于 0 的整数。',
  },
  parentIsDescendant: {
    en: 'The parent cannot be one of this branch\'s own sub-branches or outlets.',
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
  transitionNotAllowed: {
    en: 'A record cannot go from "{from}" to "{to}", or not by your role.',
    zh: '记录不能由“{from}”变为“{to}”，或您的角色无权进行此操作。',
  },
  reviewHeadOfficeOnly: {
    en: 'Only head-office compliance (or branch managers, where compliance allows it) can approve or return a record.',
    zh: '只有总行合规人员（或经合规设置允许的网点负责人）可以审核通过或退回记录。',
  },
  selfApproval: {
    en: 'You filed this record yourself; someone else must review it.',
    zh: '该记录由您本人登记，须由他人审核。',
  },
  actionRequestInvalid: {
    en: 'Send an action (submit, withdraw, approve or return) and the ids of 1 to {max} records.',
    zh: '请求须包含操作（submit、withdraw、approve 或 return）及 1 至 {max} 条记录的编号。',
  },
  submittedIsLocked: {
    en: 'This record is submitted and waits for review: withdraw it first to change it.',
    zh: '该记录已提交、等待审核，如需修改请先撤回。',
  },
  returnReasonRequired: {
    en: 'Say why the record is returned (the reason is sent to the person who submitted it).',
    zh: '退回记录时请填写退回原因（原因将发送给提交人）。',
  },
  photoRequired: {
    en: 'A {type} record needs at least one photo before it can be submitted.',
    zh: '“{type}”类活动提交前须至少上传一张活动照片。',
  },
  linkOrScreenshotRequired: {
    en: 'An online record ({type}) needs a link or a screenshot before it can be submitted.',
    zh: '线上活动（{type}）提交前须填写链接或上传截图。',
  },
  monthLocked: {
    en: '{month} is closed for this campaign (closed by {by} on {at}{reason}); records dated in it can no longer be created, changed, deleted or imported. Ask head-office compliance to reopen it.',
    zh: '本宣传活动 {month} 月份已锁定（{by} 于 {at} 锁定{reason}），该月的记录不能再新增、修改、删除或导入。如需调整，请联系总行合规人员解锁。',
  },
  monthFormat: { en: 'Enter a month as YYYY-MM, e.g. 2026-10.', zh: '请按 YYYY-MM 格式填写月份，例如 2026-10。' },
  monthOutsideCampaign: {
    en: 'The month {month} is not part of the campaign period ({start} – {end}).',
    zh: '{month} 不在宣传活动期间（{start} 至 {end}）内。',
  },
  lockExists: {
    en: 'This month is already closed for {what}; reopen that lock instead of adding another.',
    zh: '该月份已对{what}锁定，请勿重复锁定。',
  },
  allBranches: { en: 'all branches', zh: '全部机构' },
  reopenOnly: {
    en: 'A lock can only be reopened (its campaign, month and branches stay as they were).',
    zh: '锁定记录只能解锁，不能修改其活动、月份和机构。',
  },
  importRequired: { en: 'This column must be filled in.', zh: '此列必填。' },
  importBadDate: {
    en: 'Not a date; write e.g. 2026-10-08, 2026/10/8 or 2026年10月8日.',
    zh: '无法识别的日期，请填写如 2026-10-08、2026/10/8 或 2026年10月8日。',
  },
  importUnknownValue: { en: 'Not one of the allowed values: {allowed}.', zh: '不是允许的取值：{allowed}。' },
  importBadCount: { en: 'Enter a whole number that is not negative.', zh: '请填写不小于 0 的整数。' },
  importBadMoney: { en: 'Enter an amount in yuan, not negative, at most two decimals.', zh: '请填写不小于 0、最多两位小数的金额（元）。' },
  importTooLong: { en: 'At most {max} characters.', zh: '最多 {max} 个字符。' },
  importMaterialMissing: { en: 'Leaflets were handed out: say which material (its code).', zh: '填写了发放数量，请同时填写物料编码。' },
  importAudienceMissing: { en: 'People were reached: say which audience.', zh: '填写了覆盖人次，请同时填写受众。' },
  importBadLink: { en: 'A link must start with http:// or https://.', zh: '链接须以 http:// 或 https:// 开头。' },
  importBranchNotInScope: {
    en: 'No branch "{code}" within {scope}: the code does not exist or the branch is not yours to import for.',
    zh: '{scope}中没有代码为“{code}”的机构：该代码不存在，或您无权为该机构导入记录。',
  },
  importUnknownMaterial: { en: 'No material has the code "{code}".', zh: '不存在编码为“{code}”的宣传物料。' },
  importDateOutsideCampaign: {
    en: 'The date {date} is outside the campaign period ({start} – {end}).',
    zh: '日期 {date} 不在宣传活动期间（{start} 至 {end}）内。',
  },
  importMonthLocked: { en: '{month} is closed for this branch; records dated in it cannot be imported.', zh: '该机构 {month} 月份已锁定，不能导入该月的记录。' },
  importDuplicateInFile: { en: 'Same record as row {row} of this file.', zh: '与本文件第 {row} 行为同一条记录。' },
  importFileTooLarge: { en: 'The file is larger than {max} MB.', zh: '文件超过 {max} MB 上限。' },
  importLegacyXls: {
    en: 'Old .xls workbooks are not accepted: save it as .xlsx (Excel: File › Save As › Excel Workbook) or as CSV.',
    zh: '不支持旧版 .xls 文件，请在 Excel 中“另存为”.xlsx 工作簿或 CSV 文件后再上传。',
  },
  importNotSpreadsheet: { en: 'The file is not an XLSX workbook or a CSV file (judged by its content).', zh: '该文件不是 XLSX 工作簿或 CSV 文件（按文件内容判断）。' },
  importZipBomb: { en: 'The workbook unpacks to an implausible size and was refused.', zh: '该工作簿解压后体积异常，已拒绝处理。' },
  importEmpty: { en: 'The file has no data.', zh: '文件中没有数据。' },
  importUnreadable: { en: 'The file could not be read: {detail}', zh: '无法读取文件：{detail}' },
  importNoHeader: {
    en: 'No header row found in the first ten rows; expected columns such as {columns}. Download the template to see them.',
    zh: '前十行中未找到表头，应包含{columns}等列。可下载导入模板查看。',
  },
  importMissingColumns: { en: 'Required columns are missing: {columns}.', zh: '缺少必填列：{columns}。' },
  importTooManyRows: { en: 'The file has more than {max} rows; split it into several files.', zh: '文件超过 {max} 行，请拆分为多个文件上传。' },
  importNoRows: { en: 'The file has a header but no data rows.', zh: '文件只有表头，没有数据行。' },
  importHasErrors: {
    en: '{count} row(s) have problems; fix them and upload again. Nothing was written.',
    zh: '有 {count} 行存在问题，请修改后重新上传。未写入任何数据。',
  },
  importBatchNotReady: { en: 'This import is {status}; only a checked import can be committed.', zh: '该导入批次状态为“{status}”，只有已校验的批次可以提交。' },
  importCampaignRequired: { en: 'Choose the campaign the records belong to.', zh: '请选择记录所属的宣传活动。' },
  importFileRequired: { en: 'Attach the spreadsheet as the "file" field.', zh: '请上传表格文件（字段名 file）。' },
  importFailed: { en: 'The import failed at row {row} and was rolled back; nothing was written. ({detail})', zh: '导入在第 {row} 行失败，已全部回滚，未写入任何数据。（{detail}）' },
  photoNotUsable: {
    en: 'Photo {id} cannot be evidence for this record: it does not exist, you may not see it, or it belongs to another branch.',
    zh: '照片 {id} 不能作为本记录的佐证：该照片不存在、您无权查看，或不属于本记录所在机构。',
  },
  evidenceInUse: {
    en: 'This photo is evidence of a submitted or approved record ({records}): it cannot be replaced or deleted. Ask head-office compliance to return the record first.',
    zh: '该照片是已提交或已审核记录（{records}）的佐证，不能替换或删除；如需更换，请先请总行合规人员退回该记录。',
  },
  approvedIsFinal: {
    en: 'An approved record cannot be changed or deleted. Ask head-office compliance to return it first.',
    zh: '已审核的记录不能修改或删除。如需更正，请先请总行合规人员退回该记录。',
  },
  correctionReasonRequired: {
    en: 'Correcting an approved record needs a reason; it is kept in the record\'s history.',
    zh: '更正已审核的记录须填写更正原因，原因将记入流转记录。',
  },
  loginThrottled: {
    en: 'Too many sign-in attempts from here; try again in {seconds} seconds.',
    zh: '登录尝试过于频繁，请 {seconds} 秒后再试。',
  },
  currentPasswordRequired: { en: 'Enter your current password to change your e-mail or password.', zh: '修改邮箱或密码须填写当前密码。' },
  currentPasswordWrong: { en: 'The current password is not correct.', zh: '当前密码不正确。' },
  correctionLabel: { en: 'Correction: ', zh: '更正：' },
  yourOwnBranch: { en: 'your own branch', zh: '本机构' },
  yourSubtree: { en: 'your branch and the branches under it', zh: '本机构及下级机构' },
} as const satisfies Record<string, Words>

/** The admin's own screens (import, completeness, reports, dashboard, workflow actions). */
export const adminWords = {
  genFormats: { en: "Formats", zh: "格式" },
  genGenerate: { en: "Generate", zh: "生成报告" },
  genGenerating: { en: "Generating... (totals, charts, files)", zh: "正在生成...（统计、图表、文件）" },
  genLanguage: { en: "Language", zh: "语言" },
  genNextSteps: { en: "Next steps (printed in the report)", zh: "下一步工作（写入报告）" },
  genScope: { en: "Scope", zh: "统计范围" },
  genWhole: { en: "Whole bank", zh: "全行" },
  generateReport: { en: "Generate the monthly report", zh: "生成月度报告" },
  openReport: { en: "Open the report", zh: "查看报告" },
  dashDays: { en: "People reached per day", zh: "每日覆盖人次" },
  dashEvents: { en: "Events", zh: "宣传活动（场）" },
  dashLeaflets: { en: "Leaflets", zh: "发放资料（份）" },
  dashMissing: { en: "{n} outlet(s) have submitted nothing for {month}", zh: "{month} 尚有 {n} 个网点未报送" },
  dashTitle: { en: "{campaign}: progress (approved records)", zh: "{campaign} · 进度（已审核记录）" },
  dashTop: { en: "Top branches by people reached", zh: "覆盖人次前五名机构" },
  filesSaved: { en: "Saved {n} file(s).", zh: "已保存 {n} 个文件。" },
  moreRows: { en: "... and {n} more rows", zh: "……另有 {n} 行未显示" },
  campaignPeriod: { en: "Campaign period: {start} to {end}", zh: "宣传活动期间：{start} 至 {end}" },
  actionApprove: { en: "Approve", zh: "审核通过" },
  actionReturn: { en: "Return", zh: "退回" },
  actionSubmit: { en: "Submit", zh: "提交" },
  actionWithdraw: { en: "Withdraw", zh: "撤回" },
  actionsTitle: { en: "Status", zh: "当前状态" },
  actionsSaveFirst: { en: "Save your changes first; then submit.", zh: "请先保存修改，再提交。" },
  actionsSaveToSubmit: { en: "Save the record; then you can submit it.", zh: "保存记录后即可提交。" },
  actionsNone: { en: "Nothing for you to do on this record now.", zh: "您当前无需对该记录进行操作。" },
  actionWorking: { en: "Working...", zh: "正在处理..." },
  bulkFor: { en: "{n} selected:", zh: "已选 {n} 条：" },
  bulkHint: { en: "Select records in the list to submit, approve or return several at once.", zh: "在列表中勾选记录，可批量提交、审核通过或退回。" },
  bulkDone: { en: "{done} done, {refused} refused.", zh: "已完成 {done} 条，{refused} 条未能处理。" },
  bulkRefusedHead: { en: "Not done, and why", zh: "未处理的记录及原因" },
  record: { en: "Record", zh: "记录" },
  reason: { en: "Reason", zh: "原因" },
  returnDialogTitle: { en: "Return {n} record(s)", zh: "退回 {n} 条记录" },
  returnDialogHint: { en: "Say what must be corrected. The reason is mailed to whoever submitted the record and kept in its history.", zh: "请说明需要更正的内容。退回原因将发送给提交人，并记入流转记录。" },
  returnedBanner: { en: "Returned by {by} on {at}", zh: "已被 {by} 于 {at} 退回" },
  cancel: { en: "Cancel", zh: "取消" },
  activities: { en: "Activity records", zh: "活动记录" },
  alreadyPresent: { en: "already present (not imported again)", zh: "行已存在（不会重复导入）" },
  approved: { en: "Approved", zh: "已审核" },
  branch: { en: "Branch", zh: "机构" },
  campaign: { en: "Campaign", zh: "宣传活动" },
  check: { en: "Check (dry run)", zh: "校验（试导入）" },
  checking: { en: "Checking…", zh: "正在校验…" },
  choose: { en: "Choose…", zh: "请选择…" },
  column: { en: "Column", zh: "列" },
  commit: { en: "Import these rows", zh: "确认导入" },
  committed: { en: "Imported: {n} records created.", zh: "导入完成：新增 {n} 条记录。" },
  committing: { en: "Importing… {done} / {total}", zh: "正在导入… {done} / {total}" },
  completeness: { en: "Submission status", zh: "报送情况" },
  completenessIntro: { en: "Every branch of the campaign with its records this month, by status. A branch has submitted when at least one record of it (or below it) is submitted or approved.", zh: "本宣传活动各参与机构当月的记录数（按状态）。本机构或下级机构有已提交或已审核的记录，即视为已报送。" },
  download: { en: "Download", zh: "下载" },
  draft: { en: "Draft", zh: "草稿" },
  errorsFound: { en: "{n} row(s) have problems. Fix them in the spreadsheet and check it again; nothing has been written.", zh: "有 {n} 行存在问题，请在表格中修改后重新校验；尚未写入任何数据。" },
  events: { en: "Events", zh: "活动场次" },
  exportXlsx: { en: "Export XLSX", zh: "导出 Excel" },
  failed: { en: "The import failed and was rolled back; nothing was written.", zh: "导入失败，已全部回滚，未写入任何数据。" },
  file: { en: "Spreadsheet (XLSX or CSV, UTF-8 or GBK)", zh: "表格文件（XLSX 或 CSV，UTF-8 或 GBK 编码）" },
  hasSubmitted: { en: "Submitted", zh: "是否已报送" },
  importIntro: { en: "Upload the branch's activity log. It is checked first: every problem is listed with its row and column, and nothing is written until you import.", zh: "上传本机构的活动台账。系统先校验，逐行列出问题（行号、列名），确认导入前不会写入任何数据。" },
  importTitle: { en: "Import activity records", zh: "导入活动记录" },
  leaflets: { en: "Leaflets", zh: "发放资料（份）" },
  level: { en: "Level", zh: "层级" },
  losses: { en: "Losses avoided (CNY)", zh: "避免损失（元）" },
  message: { en: "Problem", zh: "问题" },
  month: { en: "Month", zh: "月份" },
  no: { en: "No", zh: "否" },
  notSubmittedCount: { en: "{n} branch(es) have not submitted", zh: "{n} 个机构尚未报送" },
  ok: { en: "rows ready to import", zh: "行可导入" },
  people: { en: "People reached", zh: "覆盖人次" },
  returned: { en: "Returned", zh: "已退回" },
  row: { en: "Row", zh: "行" },
  rows: { en: "data rows", zh: "行数据" },
  show: { en: "Show", zh: "查看" },
  submitted: { en: "Submitted", zh: "已提交" },
  template: { en: "Template", zh: "导入模板" },
  total: { en: "Total", zh: "合计" },
  value: { en: "Value", zh: "内容" },
  viewRecords: { en: "See the imported records", zh: "查看导入的记录" },
  yes: { en: "Yes", zh: "是" },
} as const satisfies Record<string, Words>

/** The public site. */
export const siteWords = {
  events: { en: "Events held", zh: "开展活动（场）" },
  feed: { en: "News feed (Atom)", zh: "订阅更新（Atom）" },
  headlineNote: { en: "Approved records of the bank's branches so far.", zh: "截至目前各机构已审核的活动记录。" },
  leaflets: { en: "Leaflets handed out", zh: "发放宣传资料（份）" },
  mainNav: { en: "Main", zh: "主导航" },
  people: { en: "People reached", zh: "覆盖人次" },
  sitemap: { en: "Site map", zh: "网站地图" },
  skip: { en: "Skip to content", zh: "跳到正文" },
  staffSignIn: { en: "Staff sign-in", zh: "工作人员登录" },
  all: { en: "All", zh: "全部" },
  audience: { en: "Audience", zh: "适用人群" },
  back: { en: "All materials", zh: "全部物料" },
  download: { en: "Download", zh: "下载" },
  filter: { en: "Filter", zh: "筛选" },
  fraudType: { en: "Fraud type", zh: "诈骗类型" },
  home: { en: "Home", zh: "首页" },
  htmlLang: { en: "en", zh: "zh-CN" },
  intro: { en: "Leaflets, posters, handbooks, videos and case studies that bank branches use to warn customers about telecom and online fraud.", zh: "银行网点开展反诈宣传使用的折页、海报、手册、短视频和典型案例，提醒群众识别和防范电信网络诈骗。" },
  kind: { en: "Kind", zh: "类型" },
  latest: { en: "Latest materials", zh: "最新物料" },
  materials: { en: "Anti-fraud materials", zh: "反诈宣传物料" },
  next: { en: "Next page", zh: "下一页" },
  noResults: { en: "No material matches these filters.", zh: "没有符合条件的物料。" },
  notTranslated: { en: "Parts of this material have not been translated into English yet; they are shown in Chinese.", zh: "本物料部分内容尚未译成英文，以中文显示。" },
  page: { en: "Page {n} of {total}", zh: "第 {n} / {total} 页" },
  previous: { en: "Previous page", zh: "上一页" },
  published: { en: "Published", zh: "发布时间" },
  related: { en: "Related materials", zh: "相关物料" },
  search: { en: "Search title or summary", zh: "搜索标题或简介" },
  siteName: { en: "Anti-fraud publicity", zh: "反诈宣传" },
  switchTo: { en: "中文", zh: "English" },
  video: { en: "Watch the video", zh: "观看视频" },
} as const satisfies Record<string, Words>

/** The report files (chart titles, spreadsheet headings). */
export const reportWords = {
  chartByBranch: { en: "People reached per branch", zh: "各机构覆盖人次" },
  chartByDay: { en: "People reached per day", zh: "每日覆盖人次" },
  chartOthers: { en: "{n} other branches", zh: "其他 {n} 个机构" },
} as const satisfies Record<string, Words>

export const catalogue = { admin: adminWords, messages, report: reportWords, site: siteWords } as const
