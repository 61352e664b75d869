import type { CollectionConfig, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { Activities } from '../../collections/Activities'
import { Branches } from '../../collections/Branches'
import { Campaigns } from '../../collections/Campaigns'
import { ImportBatches } from '../../collections/ImportBatches'
import { Materials } from '../../collections/Materials'
import { Media } from '../../collections/Media'
import { MonthLocks } from '../../collections/MonthLocks'
import { Notifications } from '../../collections/Notifications'
import { ReportFiles } from '../../collections/ReportFiles'
import { Reports } from '../../collections/Reports'
import { ReportTemplates } from '../../collections/ReportTemplates'
import { Rollups } from '../../collections/Rollups'
import { Users } from '../../collections/Users'
import { WorkflowSettings } from '../../src/globals/WorkflowSettings'
import { JSON_VIEW } from '../../src/fields/builders'
import { catalogue, type Words } from '../../src/i18n/catalogue'

/** Full-width and CJK punctuation, curly quotes: an English page set in a CJK font shows them as wide glyphs ("don’ t"). */
const WIDE = /[\u2018\u2019\u201C\u201D\u3000-\u303F\uFF00-\uFFEF]/
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const check = (where: string, w: Words) => {
  expect(w.zh.trim(), `${where}: zh is empty`).not.toBe('')
  expect(w.en.trim(), `${where}: en is empty`).not.toBe('')
  expect(placeholders(w.en), `${where}: placeholders differ`).toEqual(placeholders(w.zh))
  expect(WIDE.test(w.en), `${where}: wide punctuation in English: ${w.en}`).toBe(false)
}

describe('the catalogue', () => {
  it('has every entry in zh and en, with the same placeholders and ASCII punctuation in English', () => {
    let n = 0
    for (const [section, entries] of Object.entries(catalogue)) {
      for (const [key, w] of Object.entries(entries as Record<string, Words>)) {
        check(`${section}.${key}`, w)
        n++
      }
    }
    expect(n).toBeGreaterThan(130)
  })
})

/** Every label, description and option label of the config, with its path. */
const labelsOf = (fields: unknown[], at: string, out: Array<[string, unknown]>) => {
  for (const f of fields as Array<Record<string, unknown>>) {
    const here = `${at}.${String(f.name ?? f.type)}`
    if (f.label !== undefined && f.label !== false) out.push([`${here} label`, f.label])
    // a named field without a label shows Payload's English guess ("Flagged At") in the list's columns and filters
    else if (f.name && f.type !== 'ui' && !(f.admin as { disableListFilter?: boolean } | undefined)?.disableListFilter) out.push([`${here} label`, undefined])
    const admin = f.admin as { description?: unknown } | undefined
    if (admin?.description !== undefined && typeof admin.description !== 'function') out.push([`${here} description`, admin.description])
    const labels = f.labels as { plural?: unknown; singular?: unknown } | undefined
    if (labels) out.push([`${here} plural`, labels.plural], [`${here} singular`, labels.singular])
    for (const o of (f.options as Array<{ label?: unknown } | string> | undefined) ?? []) {
      if (typeof o === 'object') out.push([`${here} option`, o.label])
    }
    if (Array.isArray(f.fields)) labelsOf(f.fields, here, out)
    for (const tab of (f.tabs as Array<{ fields: unknown[]; label?: unknown; name?: string }> | undefined) ?? []) {
      if (tab.label) out.push([`${here} tab`, tab.label])
      labelsOf(tab.fields, `${here}.${tab.name ?? 'tab'}`, out)
    }
  }
  return out
}

describe('labels of the config', () => {
  const collections: CollectionConfig[] = [Activities, Branches, Campaigns, ImportBatches, Materials, Media, MonthLocks, Notifications, ReportFiles, Reports, ReportTemplates, Rollups, Users]
  const globals: GlobalConfig[] = [WorkflowSettings]
  it('every collection, field, option and description reads in zh and en', () => {
    const all: Array<[string, unknown]> = []
    for (const c of collections) {
      const l = c.labels as { plural?: unknown; singular?: unknown } | undefined
      all.push([`${c.slug} plural`, l?.plural], [`${c.slug} singular`, l?.singular])
      labelsOf(c.fields, c.slug, all)
    }
    for (const g of globals) {
      all.push([`${g.slug} label`, g.label])
      labelsOf(g.fields, g.slug, all)
    }
    expect(all.length).toBeGreaterThan(150)
    expect(all.filter(([, label]) => label === undefined).map(([where]) => where)).toEqual([])
    for (const [where, label] of all) {
      expect(typeof label === 'object' && label !== null, `${where} is not {en, zh}: ${JSON.stringify(label)}`).toBe(true)
      check(where, label as Words)
    }
  })

  it('has no field whose editor loads from a public CDN (JSON and code fields use the local table view)', () => {
    const walk = (fields: unknown[], at: string): string[] =>
      (fields as Array<Record<string, unknown>>).flatMap((f) => {
        const here = `${at}.${String(f.name ?? f.type)}`
        const own = (f.type === 'json' || f.type === 'code') && (f.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field !== JSON_VIEW ? [here] : []
        return [...own, ...(Array.isArray(f.fields) ? walk(f.fields, here) : []), ...((f.tabs as Array<{ fields: unknown[] }> | undefined) ?? []).flatMap((t) => walk(t.fields, here))]
      })
    expect([...collections.flatMap((c) => walk(c.fields, c.slug)), ...globals.flatMap((g) => walk(g.fields, g.slug))]).toEqual([])
  })
})
