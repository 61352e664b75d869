'use client'

import React, { useState } from 'react'

import { tr } from './strings'

type Option = { id: number | string; label: string }
const FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const

/** The generate form: posts to /api/reports/generate and links to the report it made. */
export const GenerateReportForm = ({ branches, campaigns, lang }: { branches: Option[]; campaigns: Array<Option & { months: string[]; running: boolean }>; lang: 'en' | 'zh' }) => {
  const t = {
    campaign: tr(lang, 'campaign'),
    formats: tr(lang, 'genFormats'),
    generate: tr(lang, 'genGenerate'),
    generating: tr(lang, 'genGenerating'),
    language: tr(lang, 'genLanguage'),
    month: tr(lang, 'month'),
    nextSteps: tr(lang, 'genNextSteps'),
    open: tr(lang, 'openReport'),
    scope: tr(lang, 'genScope'),
    whole: tr(lang, 'genWhole'),
  }
  const first = campaigns.find((c) => c.running) ?? campaigns[0]
  const [campaign, setCampaign] = useState(String(first?.id ?? ''))
  const months = campaigns.find((c) => String(c.id) === campaign)?.months ?? []
  const [month, setMonth] = useState(months.at(-1) ?? '')
  const [scope, setScope] = useState('')
  const [language, setLanguage] = useState<'en' | 'zh'>(lang)
  const [formats, setFormats] = useState<string[]>([...FORMATS])
  const [nextSteps, setNextSteps] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<{ id: number | string; title: string } | null>(null)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const res = await fetch('/api/reports/generate', {
        body: JSON.stringify({ campaign, formats, language, month, nextSteps: nextSteps || undefined, scope: scope || null }),
        credentials: 'include',
        headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const json = await res.json()
      if (!res.ok) setError(json.errors?.[0]?.message ?? String(res.status))
      else setDone({ id: json.doc.id, title: json.doc.title })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="afc-form" onSubmit={submit}>
      <label>
        {t.campaign}
        <select onChange={(e) => setCampaign(e.target.value)} value={campaign}>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.month}
        <select name="month" onChange={(e) => setMonth(e.target.value)} value={month}>
          {months.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        {t.scope}
        <select name="scope" onChange={(e) => setScope(e.target.value)} value={scope}>
          <option value="">{t.whole}</option>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.language}
        <select name="language" onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh')} value={language}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t.formats}</legend>
        {FORMATS.map((f) => (
          <label key={f} style={{ marginRight: 12 }}>
            <input checked={formats.includes(f)} onChange={(e) => setFormats(e.target.checked ? [...formats, f] : formats.filter((x) => x !== f))} type="checkbox" /> {f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <label>
        {t.nextSteps}
        <textarea onChange={(e) => setNextSteps(e.target.value)} rows={3} value={nextSteps} />
      </label>
      <div>
        <button className="btn btn--style-primary" disabled={busy || !campaign || !month || formats.length === 0} type="submit">
          {busy ? t.generating : t.generate}
        </button>
      </div>
      {busy && <progress aria-label={t.generating} />}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {done && (
        <p className="afc-report-done" role="status">
          {done.title} — <a href={`/admin/collections/reports/${done.id}`}>{t.open}</a>
        </p>
      )}
    </form>
  )
}
