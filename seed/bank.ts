/**
 * The demo bank as data: a fictional "安信银行" with a head office, three
 * city branches, twelve sub-branches and forty-three outlets — the size of the
 * CITIC branch in the source summaries ("43 outlets took part").
 */
import type { BranchLevel, Role } from '../src/domain/vocabulary'

export type SeedBranch = { code: string; level: BranchLevel; name: string; nameEn: string; parent: string | null; region: string; address?: string }

const cities: Array<{ code: string; en: string; subs: Array<[zh: string, en: string, outlets: number]>; zh: string }> = [
  {
    code: 'GZ',
    en: 'Guangzhou',
    subs: [
      ['天河支行', 'Tianhe', 4],
      ['越秀支行', 'Yuexiu', 4],
      ['海珠支行', 'Haizhu', 3],
      ['番禺支行', 'Panyu', 4],
    ],
    zh: '广州',
  },
  {
    code: 'SZ',
    en: 'Shenzhen',
    subs: [
      ['福田支行', 'Futian', 4],
      ['南山支行', 'Nanshan', 4],
      ['宝安支行', "Bao'an", 3],
      ['龙岗支行', 'Longgang', 3],
    ],
    zh: '深圳',
  },
  {
    code: 'FS',
    en: 'Foshan',
    subs: [
      ['禅城支行', 'Chancheng', 4],
      ['南海支行', 'Nanhai', 4],
      ['顺德支行', 'Shunde', 3],
      ['三水支行', 'Sanshui', 3],
    ],
    zh: '佛山',
  },
]

const outletNames: Array<[zh: string, en: string]> = [
  ['营业部', 'Main office'],
  ['中山路网点', 'Zhongshan Road outlet'],
  ['人民路网点', 'Renmin Road outlet'],
  ['建设路网点', 'Jianshe Road outlet'],
]

export const seedBranches = (): SeedBranch[] => {
  const list: SeedBranch[] = [
    { address: '广州市天河区珠江新城华夏路 8 号', code: 'HO', level: 'head-office', name: '安信银行总行', nameEn: 'Anxin Bank Head Office', parent: null, region: '广东省' },
  ]
  for (const city of cities) {
    list.push({ code: city.code, level: 'branch', name: `安信银行${city.zh}分行`, nameEn: `Anxin Bank ${city.en} Branch`, parent: 'HO', region: `广东省${city.zh}市` })
    city.subs.forEach(([zh, en, outlets], i) => {
      const sub = `${city.code}-${String(i + 1).padStart(2, '0')}`
      list.push({ code: sub, level: 'sub-branch', name: `${city.zh}${zh}`, nameEn: `${city.en} ${en} Sub-branch`, parent: city.code, region: `广东省${city.zh}市` })
      for (let o = 0; o < outlets; o++) {
        const [ozh, oen] = outletNames[o]!
        list.push({
          address: `${city.zh}市${zh.replace('支行', '区')}${ozh.replace('网点', '').replace('营业部', '金融大道')} ${10 + o * 12} 号`,
          code: `${sub}-${String(o + 1).padStart(2, '0')}`,
          level: 'outlet',
          name: `${city.zh}${zh.replace('支行', '')}${ozh}`,
          nameEn: `${city.en} ${en} ${oen}`,
          parent: sub,
          region: `广东省${city.zh}市`,
        })
      }
    })
  }
  return list
}

export const DEMO_PASSWORD = 'demo-2026'

export type SeedUser = { branch: string | null; email: string; name: string; role: Role }

/** One demo account per role; the manager and staff work in 广州天河支行 so their subtree is easy to see. */
export const seedUsers: SeedUser[] = [
  { branch: null, email: 'admin@demo.anxin.cn', name: '系统管理员', role: 'admin' },
  { branch: 'HO', email: 'compliance@demo.anxin.cn', name: '王合规（总行消保部）', role: 'compliance' },
  { branch: 'GZ-01', email: 'manager@demo.anxin.cn', name: '李行长（天河支行）', role: 'manager' },
  { branch: 'GZ-01-02', email: 'staff@demo.anxin.cn', name: '陈晓（中山路网点大堂经理）', role: 'staff' },
  { branch: null, email: 'editor@demo.anxin.cn', name: '周编辑（品牌宣传部）', role: 'editor' },
  { branch: 'SZ-02', email: 'manager.sz@demo.anxin.cn', name: '赵行长（南山支行）', role: 'manager' },
  // accepts the Guangzhou sub-branches' monthly returns and sends the branch's up
  { branch: 'GZ', email: 'manager.gz@demo.anxin.cn', name: '周行长（广州分行）', role: 'manager' },
]

export const seedMaterials = [
  { code: 'LEAFLET-POLICE', fraudTypes: ['police-impersonation'], kind: 'leaflet', title: '防范冒充公检法诈骗宣传折页', titleEn: 'Leaflet: beware of fake police and officials', summary: '公检法机关不会通过电话办案，不会要求转账到“安全账户”。接到此类电话请立即挂断并拨打 110 核实。', summaryEn: 'Police and courts never handle cases by phone or ask you to move money to a "safe account". Hang up and call 110.', audiences: ['elderly', 'public'] },
  { code: 'POSTER-BRUSHING', fraudTypes: ['order-brushing'], kind: 'poster', title: '“刷单返利”都是诈骗海报', titleEn: 'Poster: order brushing is always a scam', summary: '先垫资后返利的“刷单”都是诈骗。不轻信高额回报，不向陌生人转账。', summaryEn: 'Any "order brushing" job that asks you to pay first is a scam. Never transfer money to strangers for promised rebates.', audiences: ['students', 'public'] },
  { code: 'HANDBOOK-ELDERLY', fraudTypes: ['health-products', 'investment', 'acquaintance'], kind: 'handbook', title: '老年人防骗手册', titleEn: 'Anti-fraud handbook for the elderly', summary: '面向老年人的防骗手册：保健品、养老投资、冒充熟人借钱等常见骗局与应对办法。', summaryEn: 'A handbook for older people: health products, pension investments, fake relatives asking for money — and what to do.', audiences: ['elderly'] },
  { code: 'POSTER-APP', fraudTypes: [], kind: 'poster', title: '下载国家反诈中心APP海报', titleEn: 'Poster: install the national anti-fraud app', summary: '下载安装国家反诈中心 APP，开启来电预警，遇到可疑来电短信及时举报。', summaryEn: 'Install the national anti-fraud app, switch on call warnings and report suspicious calls and messages.', audiences: ['public', 'students', 'employees'] },
  { code: 'VIDEO-CALL', fraudTypes: ['police-impersonation', 'phone-bill'], kind: 'video', title: '反诈短视频《一通电话》', titleEn: 'Short video: "One phone call"', summary: '短视频《一通电话》：还原一起冒充公检法诈骗的全过程，提醒群众“不听、不信、不转账”。', summaryEn: '"One phone call": a short film following a fake-police scam from first call to the transfer, and how to stop it.', audiences: ['public'] },
  { code: 'COMIC-LOAN', fraudTypes: ['online-loan'], kind: 'comic', title: '反诈漫画《小心网贷陷阱》', titleEn: 'Comic: the online-loan trap', summary: '漫画讲述“低息贷款”“解冻费”骗局，提醒大学生和年轻人通过正规渠道借贷。', summaryEn: 'A comic on "low-interest loan" and "unfreezing fee" scams, for students and young people.', audiences: ['students'] },
  { code: 'CASE-COUNTER', fraudTypes: ['police-impersonation'], kind: 'case-study', title: '案例：柜面成功堵截冒充公检法诈骗', titleEn: 'Case study: a counter stops a fake-police transfer', summary: '网点柜员发现客户神色慌张、坚持向陌生账户汇款，耐心劝阻并联系民警，成功堵截一起冒充公检法诈骗。', summaryEn: 'A teller noticed a nervous customer insisting on a transfer to an unknown account, talked with them and called the police: a fake-police scam stopped.', audiences: ['elderly', 'public'] },
  { code: 'SLOGAN-THREE-NO', fraudTypes: [], kind: 'slogan', title: '“不听、不信、不转账”标语', titleEn: 'Slogan: don\'t listen, don\'t believe, don\'t transfer', summary: '“不听、不信、不转账”——陌生来电不轻信，涉及转账多核实。', summaryEn: '"Don\'t listen, don\'t believe, don\'t transfer."', audiences: ['public'] },
] as const

export const CAMPAIGN = {
  endDate: '2026-10-31',
  fraudTypes: ['police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund'],
  slug: '2026-anti-fraud-publicity-month',
  startDate: '2026-10-01',
  targets: { events: 300, leaflets: 20000, others: [{ label: '成功堵截（笔）', labelEn: 'Interceptions', value: 10 }], peopleReached: 40000 },
  title: '2026年打击治理电信网络诈骗集中宣传月',
  titleEn: '2026 Publicity Month against Telecom and Online Fraud',
} as const
