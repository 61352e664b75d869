import { fill } from '../i18n/messages'

/** The public site's words, zh and en. */
export type SiteLang = 'en' | 'zh'

export const siteStrings = {
  en: {
    all: 'All',
    audience: 'Audience',
    back: 'All materials',
    download: 'Download',
    filter: 'Filter',
    fraudType: 'Fraud type',
    home: 'Home',
    htmlLang: 'en',
    intro: 'Leaflets, posters, handbooks, videos and case studies that bank branches use to warn customers about telecom and online fraud.',
    kind: 'Kind',
    latest: 'Latest materials',
    materials: 'Anti-fraud materials',
    next: 'Next page',
    noResults: 'No material matches these filters.',
    notTranslated: 'Parts of this material have not been translated into English yet; they are shown in Chinese.',
    page: 'Page {n} of {total}',
    previous: 'Previous page',
    published: 'Published',
    related: 'Related materials',
    search: 'Search title or summary',
    siteName: 'Anti-fraud publicity',
    switchTo: '中文',
    video: 'Watch the video',
    campaignHeadline: '{campaign}: {people} people reached so far',
  },
  zh: {
    all: '全部',
    audience: '适用人群',
    back: '全部物料',
    download: '下载',
    filter: '筛选',
    fraudType: '诈骗类型',
    home: '首页',
    htmlLang: 'zh-CN',
    intro: '银行网点开展反诈宣传使用的折页、海报、手册、短视频和典型案例，提醒群众识别和防范电信网络诈骗。',
    kind: '类型',
    latest: '最新物料',
    materials: '反诈宣传物料',
    next: '下一页',
    noResults: '没有符合条件的物料。',
    notTranslated: '',
    page: '第 {n} / {total} 页',
    previous: '上一页',
    published: '发布时间',
    related: '相关物料',
    search: '搜索标题或简介',
    siteName: '反诈宣传',
    switchTo: 'English',
    video: '观看视频',
    campaignHeadline: '{campaign}：已覆盖 {people} 人次',
  },
} as const

export type SiteKey = keyof (typeof siteStrings)['zh']

export const st = (lang: SiteLang, key: SiteKey, vars: Record<string, string | number> = {}): string =>
  fill(siteStrings[lang][key], vars)

/** The path of the same page in the other language. */
export const prefix = (lang: SiteLang) => (lang === 'en' ? '/en' : '')

export const formatDay = (lang: SiteLang, iso: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(iso))
