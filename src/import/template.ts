
import { COLUMNS } from '../domain/importRows'
import { activityTypeOptions, audienceOptions, channelOptions, fraudTypeOptions, type Option } from '../domain/vocabulary'
import type { Lang } from '../i18n/messages'
import { loadExcelJS } from '../lazyModules'

const EXAMPLE: Record<string, string | number> = {
  audience: '老年人',
  channel: '线下',
  description: '在营业厅开展防范电信网络诈骗宣传，讲解冒充公检法诈骗常见话术。',
  externalId: 'GZ0102-2026-001',
  fraudTypes: '冒充公检法、刷单返利',
  leaflets: 120,
  location: '营业厅',
  lossesAvoided: 0,
  people: 86,
  suspectsCaught: 0,
  title: '厅堂反诈宣传',
  transactionsStopped: 0,
  type: '厅堂宣传',
}
const EXAMPLE_EN: Record<string, string | number> = {
  ...EXAMPLE,
  audience: 'Elderly',
  channel: 'Offline',
  description: 'Lobby talk on the scripts used by fraudsters impersonating the police.',
  fraudTypes: 'Impersonating police / officials, Order brushing',
  location: 'Branch lobby',
  title: 'Lobby anti-fraud publicity',
  type: 'Lobby publicity',
}

const LISTS: Array<[key: string, options: ReadonlyArray<Option>]> = [
  ['type', activityTypeOptions],
  ['audience', audienceOptions],
  ['channel', channelOptions],
]

/** The codes the user may use: published materials, and the branches they may file for. */
export type TemplateCodes = {
  branches: ReadonlyArray<{ code: string; name: string }>
  materials: ReadonlyArray<{ code: string; title: string }>
  /** A day of the campaign the example row is dated (YYYY-MM-DD). */
  exampleDate: string
}

/**
 * The import template: headers in the chosen language (required ones
 * marked *), an example row that passes as it is (one of the user's
 * branches, a published material, a day of the campaign), drop-downs for
 * type, audience, channel, branch and material codes, a sheet listing the
 * valid codes with their names, and one explaining every column.
 */
export const importTemplate = async (lang: Lang, codes: TemplateCodes): Promise<Buffer> => {
  const ExcelJS = await loadExcelJS()
  const wb = new ExcelJS.Workbook()
  wb.creator = 'anti-fraud campaign CMS'
  const ws = wb.addWorksheet(lang === 'zh' ? '活动记录' : 'Activities', { views: [{ state: 'frozen', ySplit: 1 }] })
  const lists = wb.addWorksheet(lang === 'zh' ? '选项' : 'Options', { state: 'hidden' })
  ws.columns = COLUMNS.map((c) => ({ header: `${lang === 'zh' ? c.zh : c.en}${c.required ? '*' : ''}`, key: c.key, width: c.key === 'description' ? 40 : 16 }))
  ws.getRow(1).font = { bold: true }
  ws.addRow({
    ...(lang === 'zh' ? EXAMPLE : EXAMPLE_EN),
    branchCode: codes.branches[0]?.code ?? '',
    date: codes.exampleDate,
    materialCode: codes.materials[0]?.code ?? '',
    ...(codes.materials[0] ? {} : { leaflets: '' }),
  })
  // the valid codes, visible, with names: the drop-downs of the two code columns read from here
  const codeSheet = wb.addWorksheet(lang === 'zh' ? '可用代码' : 'Codes', { views: [{ state: 'frozen', ySplit: 1 }] })
  codeSheet.columns = [
    { header: lang === 'zh' ? '机构代码' : 'Branch code', key: 'branchCode', width: 16 },
    { header: lang === 'zh' ? '机构名称' : 'Branch', key: 'branch', width: 30 },
    { header: '', key: 'gap', width: 4 },
    { header: lang === 'zh' ? '物料编码' : 'Material code', key: 'materialCode', width: 18 },
    { header: lang === 'zh' ? '物料名称' : 'Material', key: 'material', width: 36 },
  ]
  codeSheet.getRow(1).font = { bold: true }
  for (let i = 0; i < Math.max(codes.branches.length, codes.materials.length); i++) {
    const b = codes.branches[i]
    const m = codes.materials[i]
    codeSheet.addRow({ branch: b?.name, branchCode: b?.code, material: m?.title, materialCode: m?.code })
  }
  const codeLists: Array<[key: string, col: string, count: number]> = [
    ['branchCode', 'A', codes.branches.length],
    ['materialCode', 'D', codes.materials.length],
  ]
  for (const [key, letter, count] of codeLists) {
    if (count === 0) continue
    const col = COLUMNS.findIndex((c) => c.key === key) + 1
    for (let r = 2; r <= 2000; r++) {
      ws.getCell(r, col).dataValidation = {
        allowBlank: key !== 'branchCode',
        error: lang === 'zh' ? '请从下拉列表中选择（见“可用代码”表）' : 'Choose from the list (see the Codes sheet)',
        formulae: [`'${codeSheet.name}'!$${letter}$2:$${letter}$${count + 1}`],
        showErrorMessage: true,
        type: 'list',
      }
    }
  }
  LISTS.forEach(([key, options], i) => {
    const colLetter = String.fromCharCode(65 + i)
    options.forEach((o, r) => (lists.getCell(`${colLetter}${r + 1}`).value = o.label[lang]))
    const col = COLUMNS.findIndex((c) => c.key === key) + 1
    for (let r = 2; r <= 2000; r++) {
      ws.getCell(r, col).dataValidation = {
        allowBlank: key !== 'type',
        error: lang === 'zh' ? '请从下拉列表中选择' : 'Choose from the list',
        formulae: [`'${lists.name}'!$${colLetter}$1:$${colLetter}$${options.length}`],
        showErrorMessage: true,
        type: 'list',
      }
    }
  })
  const help = wb.addWorksheet(lang === 'zh' ? '填写说明' : 'How to fill in')
  help.columns = [
    { header: lang === 'zh' ? '列' : 'Column', key: 'col', width: 18 },
    { header: lang === 'zh' ? '也可写作' : 'Also accepted', key: 'alias', width: 40 },
    { header: lang === 'zh' ? '说明' : 'Notes', key: 'note', width: 70 },
  ]
  help.getRow(1).font = { bold: true }
  const values = (o: ReadonlyArray<Option>) => o.map((x) => x.label[lang]).join(lang === 'zh' ? '、' : ', ')
  const notes: Record<string, { en: string; zh: string }> = {
    audience: { en: values(audienceOptions), zh: values(audienceOptions) },
    branchCode: { en: 'Code of the branch or outlet: see the Codes sheet.', zh: '机构或网点代码，见“可用代码”表。' },
    materialCode: { en: 'Code of a published material: see the Codes sheet.', zh: '已发布物料的编码，见“可用代码”表。' },
    channel: { en: values(channelOptions), zh: values(channelOptions) },
    date: { en: '2026-10-08, 2026/10/8, 2026年10月8日 or an Excel date.', zh: '2026-10-08、2026/10/8、2026年10月8日或 Excel 日期。' },
    externalId: { en: 'Your own record number; re-uploading a row with the same number does not file it twice.', zh: '本机构台账编号；同一编号重复上传不会重复登记。' },
    fraudTypes: { en: `Separated by commas: ${values(fraudTypeOptions)}`, zh: `多个用顿号分隔：${values(fraudTypeOptions)}` },
    leaflets: { en: 'Whole number; needs a material code.', zh: '整数；填写时须同时填写物料编码。' },
    lossesAvoided: { en: 'Yuan, at most two decimals.', zh: '单位：元，最多两位小数。' },
    people: { en: 'Whole number; needs an audience.', zh: '整数；填写时须同时填写受众。' },
    type: { en: values(activityTypeOptions), zh: values(activityTypeOptions) },
  }
  for (const c of COLUMNS) {
    help.addRow({ alias: [lang === 'zh' ? c.en : c.zh, ...c.aliases].join(lang === 'zh' ? '、' : ', '), col: `${lang === 'zh' ? c.zh : c.en}${c.required ? '*' : ''}`, note: notes[c.key]?.[lang] ?? '' })
  }
  help.addRow({})
  help.addRow({
    col: lang === 'zh' ? '重复' : 'Duplicates',
    note:
      lang === 'zh'
        ? '每行按“外部编号”或“机构代码+日期+类型+主题”识别；已存在的记录不会重复导入。导入的记录为草稿，补充照片后提交。'
        : 'A row is recognised by its external id, or by branch code + date + type + title; records already present are not imported again. Imported records are drafts: add photos, then submit.',
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
