import type { Payload } from 'payload'

import { noonInShanghai } from '../../src/domain/dates'
import type { Role } from '../../src/domain/vocabulary'
import type { Activity, Branch, Campaign, Material, User } from '../../src/payload-types'

export const PASSWORD = 'Test-password-2026'

/** A user as Payload's Local API expects it on `user`. */
export type AuthUser = User & { collection: 'users' }

export type World = {
  activities: Record<string, Activity>
  branches: Record<string, Branch>
  campaign: Campaign
  materials: Material[]
  users: Record<string, AuthUser>
}

/**
 * A small bank: head office; branch A with sub-branches A1 (outlets A1-O1,
 * A1-O2) and A2 (outlet A2-O1); branch B with sub-branch B1 (outlet B1-O1).
 * One user per role, branch users in A1 and B1 (and the manager of branch A), and one activity per outlet
 * filed by that outlet's staff.
 */
export const buildWorld = async (payload: Payload): Promise<World> => {
  const branches: Record<string, Branch> = {}
  const tree: Array<[code: string, level: Branch['level'], parent: string | null]> = [
    ['HO', 'head-office', null],
    ['A', 'branch', 'HO'],
    ['A1', 'sub-branch', 'A'],
    ['A1-O1', 'outlet', 'A1'],
    ['A1-O2', 'outlet', 'A1'],
    ['A2', 'sub-branch', 'A'],
    ['A2-O1', 'outlet', 'A2'],
    ['B', 'branch', 'HO'],
    ['B1', 'sub-branch', 'B'],
    ['B1-O1', 'outlet', 'B1'],
  ]
  for (const [code, level, parent] of tree) {
    branches[code] = await payload.create({
      collection: 'branches',
      data: { code, level, name: `机构${code}`, nameEn: `Branch ${code}`, parent: parent ? branches[parent]!.id : null },
    })
  }

  const users: Record<string, AuthUser> = {}
  const people: Array<[key: string, role: Role, branch: string | null]> = [
    ['admin', 'admin', null],
    ['compliance', 'compliance', 'HO'],
    ['managerA', 'manager', 'A'],
    ['managerA1', 'manager', 'A1'],
    ['staffA1O1', 'staff', 'A1-O1'],
    ['staffA1O1b', 'staff', 'A1-O1'],
    ['managerB1', 'manager', 'B1'],
    ['staffB1O1', 'staff', 'B1-O1'],
    ['editor', 'editor', null],
  ]
  for (const [key, role, branch] of people) {
    const user = await payload.create({
      collection: 'users',
      data: {
        branch: branch ? branches[branch]!.id : null,
        email: `${key.toLowerCase()}@test.example.cn`,
        name: key,
        password: PASSWORD,
        role,
      },
    })
    users[key] = { ...user, collection: 'users' }
  }

  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      endDate: noonInShanghai('2026-10-31'),
      participatingBranches: [branches.A!.id, branches.B!.id],
      // the tests written before reviews moved down the tree review at head office; tests of the levels set their own
      reviewLevel: 'head-office',
      slug: 'test-month',
      startDate: noonInShanghai('2026-10-01'),
      status: 'running',
      targets: { events: 10, leaflets: 1000, peopleReached: 5000 },
      title: '测试宣传月',
      titleEn: 'Test month',
    },
  })
  const materials = [
    await payload.create({ collection: 'materials', data: { _status: 'published', code: 'LEAFLET-1', kind: 'leaflet', title: '防范冒充公检法折页' } }),
    await payload.create({ collection: 'materials', data: { _status: 'published', code: 'POSTER-1', kind: 'poster', title: '反诈海报' } }),
  ]

  const activities: Record<string, Activity> = {}
  const filers: Array<[outlet: string, staff: string]> = [
    ['A1-O1', 'staffA1O1'],
    ['A1-O2', 'managerA1'],
    ['A2-O1', 'admin'],
    ['B1-O1', 'staffB1O1'],
  ]
  for (const [outlet, filer] of filers) {
    activities[outlet] = await payload.create({
      collection: 'activities',
      data: {
        branch: branches[outlet]!.id,
        campaign: campaign.id,
        date: noonInShanghai('2026-10-08'),
        leaflets: [{ material: materials[0]!.id, quantity: 50 }],
        reach: [{ audience: 'elderly', channel: 'offline', count: 40 }],
        title: `${outlet} 厅堂宣传`,
        type: 'lobby',
      },
      overrideAccess: false,
      user: users[filer],
    })
  }
  return { activities, branches, campaign, materials, users }
}

export const activityData = (w: World, branch: string, extra: Partial<Activity> = {}) => ({
  branch: w.branches[branch]!.id,
  campaign: w.campaign.id,
  date: noonInShanghai('2026-10-09'),
  title: `${branch} 街面宣传`,
  type: 'street' as const,
  ...extra,
})
