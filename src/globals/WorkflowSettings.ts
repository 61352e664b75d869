import type { GlobalConfig, PayloadRequest } from 'payload'

import { fieldHasRole, hasRole, isSignedIn } from '../access/roles'
import { MAX_MATCH_DISTANCE } from '../domain/phash'
import { DEFAULT_RULES, type OutlierRules } from '../domain/workflow'
import { activityTypeOptions, type ActivityType } from '../domain/vocabulary'
import { countField, selectField } from '../fields/builders'

/** Rules compliance tunes without a release: outlier thresholds and when reminders go out (who approves is set per campaign). */
export const WorkflowSettings: GlobalConfig = {
  slug: 'workflow-settings',
  access: { read: isSignedIn, update: hasRole('admin', 'compliance') },
  admin: { group: { en: 'Review', zh: '审核管理' } },
  fields: [
    {
      name: 'reminderDay',
      admin: {
        description: {
          en: 'From this day of the month, managers of branches that have submitted nothing for the month get a reminder (once a month).',
          zh: '每月自该日起，向当月尚未提交任何记录的机构负责人发送提醒邮件（每月一次）。',
        },
      },
      defaultValue: 25,
      label: { en: 'Reminder day of the month', zh: '每月提醒日' },
      max: 28,
      min: 1,
      required: true,
      type: 'number',
    },
    {
      name: 'reachLimits',
      defaultValue: DEFAULT_RULES.reachLimits.map((r) => ({ ...r })),
      fields: [
        {
          fields: [
            selectField('type', { en: 'Activity type', zh: '活动类型' }, activityTypeOptions, { required: true }),
            countField('maxPeople', { en: 'Most people reached', zh: '覆盖人次上限' }, { required: true }),
          ],
          type: 'row',
        },
      ],
      label: { en: 'Reach limits per activity type', zh: '各类活动覆盖人次上限' },
      type: 'array',
    },
    {
      name: 'leafletsPerPersonMax',
      admin: {
        description: {
          en: 'Flag a record whose leaflets exceed people reached × this factor. Empty switches the rule off.',
          zh: '发放资料数量超过覆盖人次 × 该倍数时标记复核；留空则不检查。',
        },
        step: 0.5,
      },
      defaultValue: DEFAULT_RULES.leafletsPerPersonMax ?? undefined,
      label: { en: 'Leaflets per person, at most', zh: '人均发放资料上限（份）' },
      min: 0,
      type: 'number',
    },
    {
      name: 'flagLossesWithoutInterception',
      defaultValue: true,
      label: { en: 'Flag losses avoided without an interception', zh: '有避免损失金额但无堵截笔数时标记' },
      type: 'checkbox',
    },
    {
      name: 'photoMatchDistance',
      access: { update: fieldHasRole('admin') },
      admin: {
        description: {
          en: 'Two photos whose 64-bit perceptual hashes differ in at most this many bits count as the same photo.',
          zh: '两张照片的64位感知哈希相差不超过该位数时视为同一张照片。',
        },
      },
      // resized, re-compressed, slightly cropped or brightened copies differ by 0–2 bits; another shot of the same lobby by 10 or more
      defaultValue: 5,
      label: { en: 'Photo match distance (bits)', zh: '照片相似判定阈值（位）' },
      // the banded lookup (src/domain/phash.ts) finds every match up to this distance
      max: MAX_MATCH_DISTANCE,
      min: 0,
      required: true,
      type: 'number',
    },
  ],
  label: { en: 'Review rules', zh: '审核规则' },
}

export type Settings = OutlierRules & { photoMatchDistance: number; reminderDay: number }

const cache = new WeakMap<object, Promise<Settings>>()

/** The settings, read once per request (an import of 10,000 rows asks for them once). */
export const settingsFor = (req: PayloadRequest): Promise<Settings> => {
  const hit = cache.get(req)
  if (hit) return hit
  const pending = req.payload
    .findGlobal({ depth: 0, overrideAccess: true, req, slug: 'workflow-settings' })
    .then((g): Settings => ({
      flagLossesWithoutInterception: g.flagLossesWithoutInterception ?? true,
      leafletsPerPersonMax: typeof g.leafletsPerPersonMax === 'number' ? g.leafletsPerPersonMax : null,
      photoMatchDistance: Math.min(g.photoMatchDistance ?? 5, MAX_MATCH_DISTANCE),
      reachLimits: (g.reachLimits ?? DEFAULT_RULES.reachLimits).map((r) => ({
        maxPeople: r.maxPeople,
        type: r.type as ActivityType,
      })),
      reminderDay: g.reminderDay ?? 25,
    }))
  cache.set(req, pending)
  pending.catch(() => cache.delete(req))
  return pending
}
