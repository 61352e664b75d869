/**
 * A month of activity records for the demo campaign, generated from a fixed
 * seed so every run produces the same records (the seed is idempotent by
 * externalId). Counts follow the source summaries: lobby publicity most days,
 * street and community events with a few hundred leaflets, lectures of
 * 40–200 people, online posts reaching thousands, a few interceptions.
 */
import type { ActivityStatus, ActivityType, Audience, Channel, FraudType } from '../src/domain/vocabulary'

export type SeedActivity = {
  branch: string
  date: string
  externalId: string
  fraudTypes: FraudType[]
  interception?: { lossesAvoided: number; suspectsCaught: number; transactionsStopped: number }
  leaflets: Array<{ material: string; quantity: number }>
  link?: string
  location: string
  reach: Array<{ audience: Audience; channel: Channel; count: number }>
  status: ActivityStatus
  title: string
  type: ActivityType
}

/** mulberry32: a small deterministic PRNG. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

type Shape = {
  audiences: Audience[]
  channel: Channel
  leaflets: [number, number]
  places: string[]
  reach: [number, number]
  titles: string[]
  weight: number
}

const shapes: Record<Exclude<ActivityType, 'interception'>, Shape> = {
  campus: { audiences: ['students'], channel: 'offline', leaflets: [100, 300], places: ['广东工业大学', '华南师范大学', '职业技术学院'], reach: [120, 400], titles: ['反诈进校园专题宣讲', '新生防范电信网络诈骗讲座'], weight: 5 },
  community: { audiences: ['elderly', 'public'], channel: 'offline', leaflets: [80, 250], places: ['幸福社区', '南园街道', '东湖新村'], reach: [60, 260], titles: ['反诈宣传进社区', '入户走访宣传防骗知识'], weight: 10 },
  enterprise: { audiences: ['employees', 'merchants'], channel: 'offline', leaflets: [40, 160], places: ['科技园企业', '沿街商户', '农贸市场商户'], reach: [30, 150], titles: ['走访商户宣传反诈知识', '企业职工反诈宣讲'], weight: 6 },
  hospital: { audiences: ['elderly', 'public'], channel: 'offline', leaflets: [60, 200], places: ['市第一人民医院', '中医院门诊大厅'], reach: [80, 240], titles: ['反诈宣传进医院'], weight: 3 },
  'joint-event': { audiences: ['public', 'elderly'], channel: 'offline', leaflets: [300, 800], places: ['市民广场', '文化公园'], reach: [400, 1200], titles: ['警银联合反诈宣传活动（展板、文艺演出、法律咨询）'], weight: 1 },
  lecture: { audiences: ['employees', 'elderly'], channel: 'offline', leaflets: [30, 120], places: ['街道办会议室', '合作单位培训室'], reach: [40, 200], titles: ['防范电信网络诈骗专题讲座', '合作单位员工反诈培训'], weight: 5 },
  lobby: { audiences: ['public', 'elderly'], channel: 'offline', leaflets: [20, 120], places: ['营业厅'], reach: [30, 150], titles: ['厅堂LED滚动播放反诈标语并发放折页', '大堂经理向等候客户讲解防骗知识', '营业厅电视循环播放反诈视频'], weight: 40 },
  'online-post': { audiences: ['public'], channel: 'online', leaflets: [0, 0], places: ['微信公众号'], reach: [500, 3000], titles: ['公众号推文：警惕冒充公检法诈骗', '朋友圈、微信群转发反诈提示'], weight: 6 },
  quiz: { audiences: ['public', 'students'], channel: 'offline', leaflets: [30, 100], places: ['营业厅', '社区广场'], reach: [30, 120], titles: ['反诈知识现场有奖答题', '现场指导下载国家反诈中心APP'], weight: 2 },
  rural: { audiences: ['rural', 'elderly'], channel: 'offline', leaflets: [100, 300], places: ['石楼镇', '大岗村', '乐从镇'], reach: [80, 300], titles: ['反诈宣传下乡', '农村普惠金融服务点反诈宣传'], weight: 6 },
  'short-video': { audiences: ['public'], channel: 'online', leaflets: [0, 0], places: ['抖音'], reach: [800, 5000], titles: ['员工自编自演反诈短视频', '反诈漫画短视频发布'], weight: 3 },
  sms: { audiences: ['public'], channel: 'online', leaflets: [0, 0], places: ['短信平台'], reach: [2000, 8000], titles: ['向客户群发反诈提示短信'], weight: 2 },
  street: { audiences: ['public', 'merchants'], channel: 'offline', leaflets: [100, 400], places: ['网点门前', '步行街', '地铁站口'], reach: [150, 500], titles: ['网点门前摆摊宣传', '街面反诈宣传'], weight: 10 },
}

const interceptionStories = [
  { lossesAvoided: 150000, suspectsCaught: 0, title: '柜面成功劝阻一名老年客户向“公安”安全账户转账' },
  { lossesAvoided: 86000, suspectsCaught: 0, title: '识别“刷单返利”诈骗，及时劝阻客户汇款' },
  { lossesAvoided: 320000, suspectsCaught: 2, title: '配合派出所堵截冒充公检法诈骗并协助抓获嫌疑人2名' },
  { lossesAvoided: 45800.5, suspectsCaught: 0, title: 'ATM旁发现客户按电话指令操作转账，现场劝阻' },
  { lossesAvoided: 210000, suspectsCaught: 0, title: '识别“网贷解冻”诈骗，劝阻客户转账' },
]

const FRAUDS: FraudType[] = ['police-impersonation', 'phone-bill', 'shopping-refund', 'order-brushing', 'online-loan', 'prize', 'acquaintance', 'tax-refund']

export const generateActivities = (outlets: string[], materials: string[], count = 320): SeedActivity[] => {
  const rand = prng(20261001)
  const between = ([lo, hi]: [number, number]) => lo + Math.floor(rand() * (hi - lo + 1))
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(rand() * list.length)]!
  const types = Object.entries(shapes) as Array<[Exclude<ActivityType, 'interception'>, Shape]>
  const total = types.reduce((s, [, shape]) => s + shape.weight, 0)
  const pickType = () => {
    let r = rand() * total
    for (const [type, shape] of types) if ((r -= shape.weight) < 0) return type
    return 'lobby' as const
  }
  const status = (): ActivityStatus => {
    const r = rand()
    return r < 0.72 ? 'approved' : r < 0.88 ? 'submitted' : r < 0.96 ? 'draft' : 'returned'
  }
  const out: SeedActivity[] = []
  for (let i = 0; i < count; i++) {
    const type = pickType()
    const shape = shapes[type]
    const day = 1 + Math.floor(rand() * 30)
    const leafletTotal = between(shape.leaflets)
    const reachTotal = between(shape.reach)
    const [first, second] = shape.audiences
    const split = second ? Math.round(reachTotal * (0.4 + rand() * 0.3)) : reachTotal
    const reach = [{ audience: first!, channel: shape.channel, count: split }]
    if (second && reachTotal - split > 0) reach.push({ audience: second, channel: shape.channel, count: reachTotal - split })
    const leaflets =
      leafletTotal === 0
        ? []
        : rand() < 0.5
          ? [{ material: pick(materials), quantity: leafletTotal }]
          : [
              { material: materials[0]!, quantity: Math.ceil(leafletTotal * 0.6) },
              { material: pick(materials.slice(1)), quantity: Math.floor(leafletTotal * 0.4) },
            ]
    out.push({
      branch: pick(outlets),
      date: `2026-10-${String(day).padStart(2, '0')}`,
      externalId: `seed-2026-10-${String(i + 1).padStart(4, '0')}`,
      fraudTypes: [pick(FRAUDS), pick(FRAUDS)].filter((v, k, a) => a.indexOf(v) === k),
      leaflets,
      link: shape.channel === 'online' ? `https://mp.weixin.qq.com/s/demo-${i + 1}` : undefined,
      location: pick(shape.places),
      reach,
      status: status(),
      title: pick(shape.titles),
      type,
    })
  }
  interceptionStories.forEach((story, k) => {
    out.push({
      branch: pick(outlets),
      date: `2026-10-${String(5 + k * 5).padStart(2, '0')}`,
      externalId: `seed-2026-10-int-${k + 1}`,
      fraudTypes: ['police-impersonation'],
      interception: { lossesAvoided: story.lossesAvoided, suspectsCaught: story.suspectsCaught, transactionsStopped: 1 },
      leaflets: [],
      location: '营业厅柜面',
      reach: [{ audience: 'elderly', channel: 'offline', count: 1 }],
      status: 'approved',
      title: story.title,
      type: 'interception',
    })
  })
  return out
}
