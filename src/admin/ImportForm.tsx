'use client'

import React, { useState } from 'react'

import { type AdminLang, tr } from './strings'

type Problem = { column: string; message: string; row: number; value: string }
type Batch = {
  counts?: { created?: number | null; errors?: number | null; ok?: number | null; present?: number | null; rows?: number | null } | null
  error?: string | null
  id: number | string
  problems?: Problem[] | null
  progress?: { done: number; total: number } | null
  status: string
  totals?: { events: number; leaflets: number; lossesAvoided: number; people: number } | null
}

const fmt = (lang: AdminLang, n: number, money = false) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', money ? { maximumFractionDigits: 2, minimumFractionDigits: 2 } : {}).format(n)

/** The import screen's form: choose campaign and file, check, then commit and follow the progress. */
export const ImportForm = ({ campaigns, lang }: { campaigns: Array<{ id: number | string; label: string; running: boolean }>; lang: AdminLang }) => {
  const [campaign, setCampaign] = useState(String(campaigns.find((c) => c.running)?.id ?? campaigns[0]?.id ?? ''))
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [batch, setBatch] = useState<Batch | null>(null)

  const t = (k: Parameters<typeof tr>[1], v?: Record<string, string | number>) => tr(lang, k, v)
  const headers = { 'Accept-Language': lang }

  const check = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!file || !campaign) return
    setBusy(true)
    setError(null)
    setBatch(null)
    try {
      const body = new FormData()
      body.append('file', file)
      const res = await fetch(`/api/activities/import?campaign=${encodeURIComponent(campaign)}`, { body, credentials: 'include', headers, method: 'POST' })
      const json = await res.json()
      if (!res.ok) setError(json.errors?.[0]?.message ?? String(res.status))
      else setBatch(json.batch)
    } finally {
      setBusy(false)
    }
  }

  const poll = async (id: Batch['id']) => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000))
      const res = await fetch(`/api/activities/import/${id}`, { credentials: 'include', headers })
      const json = await res.json()
      setBatch(json.batch)
      if (json.batch.status !== 'queued' && json.batch.status !== 'running') return
    }
  }

  const commit = async () => {
    if (!batch) return
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`/api/activities/import/${batch.id}/commit`, { credentials: 'include', headers, method: 'POST' })
      const json = await res.json()
      if (res.status === 202) {
        setBatch(json.batch)
        await poll(batch.id)
      } else if (!res.ok) {
        setError(json.errors?.[0]?.message ?? String(res.status))
        if (json.errors?.[0]?.problems) setBatch({ ...batch, problems: json.errors[0].problems, status: 'has-errors' })
      } else setBatch(json.batch)
    } finally {
      setBusy(false)
    }
  }

  const problems = batch?.problems ?? []
  return (
    <div className="afc-import">
      <p>
        {t('template')}: <a href="/api/activities/import-template?lang=zh">中文模板 (.xlsx)</a> · <a href="/api/activities/import-template?lang=en">English template (.xlsx)</a>
      </p>
      <form onSubmit={check} style={{ display: 'grid', gap: 12, maxWidth: 640 }}>
        <label>
          {t('campaign')}
          <select className="afc-input" name="campaign" onChange={(e) => setCampaign(e.target.value)} required value={campaign}>
            <option value="">{t('choose')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('file')}
          <input accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" name="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required type="file" />
        </label>
        <div>
          <button className="btn btn--style-primary" disabled={busy || !file} type="submit">
            {busy && !batch ? t('checking') : t('check')}
          </button>
        </div>
      </form>

      {error && (
        <p className="afc-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}

      {batch && (
        <section aria-live="polite" className="afc-result" style={{ marginTop: 24 }}>
          <p className="afc-summary">
            {fmt(lang, batch.counts?.rows ?? 0)} {t('rows')} · {fmt(lang, batch.counts?.ok ?? 0)} {t('ok')} · {fmt(lang, batch.counts?.present ?? 0)} {t('alreadyPresent')}
          </p>
          {batch.totals && batch.status === 'checked' && (
            <p>
              {t('events')} {fmt(lang, batch.totals.events)} · {t('leaflets')} {fmt(lang, batch.totals.leaflets)} · {t('people')} {fmt(lang, batch.totals.people)} · {t('losses')} {fmt(lang, batch.totals.lossesAvoided, true)}
            </p>
          )}
          {problems.length > 0 && (
            <>
              <p className="afc-errors-found" role="alert">
                {t('errorsFound', { n: new Set(problems.map((p) => p.row)).size })}
              </p>
              <table className="afc-problems">
                <thead>
                  <tr>
                    <th>{t('row')}</th>
                    <th>{t('column')}</th>
                    <th>{t('value')}</th>
                    <th>{t('message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.row}</td>
                      <td>{p.column}</td>
                      <td>{p.value}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {batch.status === 'checked' && (batch.counts?.ok ?? 0) > 0 && (
            <button className="btn btn--style-primary" disabled={busy} onClick={commit} type="button">
              {t('commit')}
            </button>
          )}
          {(batch.status === 'queued' || batch.status === 'running') && (
            <p>
              <progress max={batch.progress?.total ?? 1} value={batch.progress?.done ?? 0} /> {t('committing', { done: batch.progress?.done ?? 0, total: batch.progress?.total ?? batch.counts?.ok ?? 0 })}
            </p>
          )}
          {batch.status === 'committed' && (
            <p className="afc-done">
              {t('committed', { n: batch.counts?.created ?? 0 })} <a href={`/admin/collections/activities?where[importBatch][equals]=${batch.id}`}>{t('viewRecords')}</a>
            </p>
          )}
          {batch.status === 'failed' && <p role="alert">{batch.error ?? t('failed')}</p>}
        </section>
      )}
      <style>{`.afc-problems{border-collapse:collapse;margin:12px 0}.afc-problems th,.afc-problems td{border:1px solid var(--theme-elevation-150);padding:4px 8px;text-align:left}.afc-input{display:block;margin-top:4px;padding:6px;min-width:320px}`}</style>
    </div>
  )
}
