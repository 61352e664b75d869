'use client'

import { toast, useDocumentInfo, useForm, useFormModified, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { activityStatusOptions, type ActivityStatus } from '../domain/vocabulary'
import type { WorkflowAction } from '../domain/workflow'
import { formatDateTime } from '../domain/money'
import { type AdminKey, tr } from './strings'
import { TextDialog } from './TextDialog'

type Result = { id: number | string; message?: string; ok: boolean; title?: string }
type Answer = { done: number; refused: number; results: Result[] }

const LABEL: Record<WorkflowAction, AdminKey> = { approve: 'actionApprove', return: 'actionReturn', submit: 'actionSubmit', withdraw: 'actionWithdraw' }
const TONE: Record<ActivityStatus, string> = { approved: '#1e6b35', draft: '#5f6368', returned: '#a4261f', submitted: '#1d4f91' }

/** Sends one action for some records; the answer says per record what was done. */
const send = async (lang: string, action: WorkflowAction, ids: Array<number | string>, reason?: string): Promise<Answer> => {
  const res = await fetch('/api/activities/workflow', {
    body: JSON.stringify({ action, ids, ...(reason ? { reason } : {}) }),
    credentials: 'include',
    headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const json = await res.json()
  if (!res.ok) throw new Error(json.errors?.[0]?.message ?? String(res.status))
  return json as Answer
}

type ReviewAnswer = { counts: { byBranch: Array<{ branch: string; n: number }>; records: number }; done: number; refused: Array<{ id: number | string; message: string; title?: string }> }

/** Bulk review (POST /api/activities/review): all or nothing; a refusal answers 409 with the records that refuse. */
const review = async (lang: string, body: { action: 'approve' | 'return'; ids: Array<number | string>; preview?: boolean; reason?: string }): Promise<ReviewAnswer> => {
  const res = await fetch('/api/activities/review', {
    body: JSON.stringify(body),
    credentials: 'include',
    headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const json = await res.json()
  if (!res.ok && !(res.status === 409 && Array.isArray(json.refused))) throw new Error(json.errors?.[0]?.message ?? String(res.status))
  return json as ReviewAnswer
}

/** A refused review as the list shows per-record answers: nothing done, each refusal with its reason. */
const refusedAnswer = (r: ReviewAnswer): Answer => ({ done: 0, refused: r.refused.length, results: r.refused.map((x) => ({ ...x, ok: false })) })

/** The reason for a return, asked in a dialog (required: it is mailed to the submitter). */
const ReturnDialog = ({ count, lang, onCancel, onConfirm }: { count: number; lang: string; onCancel: () => void; onConfirm: (reason: string) => void }) => (
  <TextDialog confirm={tr(lang, 'actionReturn')} confirmKey="return" hint={tr(lang, 'returnDialogHint')} label={tr(lang, 'reason')} lang={lang} onCancel={onCancel} onConfirm={onConfirm} required title={tr(lang, 'returnDialogTitle', { n: count })} />
)

type RecordInfo = { actions: WorkflowAction[]; lastReturn: { at: string; byName: string | null; reason: string | null } | null; status: ActivityStatus }

/**
 * Top of an activity record: its status, the reason it was returned, and the
 * actions the user may take now (the server decides which). The status
 * itself is not edited by hand.
 */
export const RecordActions = () => {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const { setModified } = useForm()
  const { i18n } = useTranslation()
  const lang = i18n.language
  const [info, setInfo] = useState<RecordInfo | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const res = await fetch(`/api/activities/${id}/actions`, { credentials: 'include', headers: { 'Accept-Language': lang } })
    if (res.ok) setInfo(await res.json())
  }, [id, lang])
  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || id === null) return <p className="afc-muted afc-record-actions">{tr(lang, 'actionsSaveToSubmit')}</p>
  if (!info) return null

  const run = async (action: WorkflowAction, reason?: string) => {
    setBusy(true)
    setError(null)
    try {
      const answer = await send(lang, action, [id], reason)
      const r = answer.results[0]
      if (r?.ok) {
        toast.success(tr(lang, LABEL[action]) + ' ✓')
        // the form shows the saved record again, with its new status and history; the record is saved on the
        // server, so the form's "leave without saving?" guard must not stop the reload
        setModified(false)
        setTimeout(() => window.location.reload(), 0)
        return
      }
      setError(r?.message ?? null)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const statusLabel = activityStatusOptions.find((o) => o.value === info.status)?.label[lang === 'en' ? 'en' : 'zh'] ?? info.status
  return (
    <div className="afc-record-actions" data-status={info.status}>
      <div className="afc-record-actions__row">
        <span className="afc-muted">{tr(lang, 'actionsTitle')}</span>
        <span className="afc-badge" style={{ background: TONE[info.status] }}>
          {statusLabel}
        </span>
        <span className="afc-record-actions__buttons">
          {info.actions.map((a) => (
            <button
              className={`btn btn--size-medium ${a === 'return' || a === 'withdraw' ? 'btn--style-secondary' : 'btn--style-primary'}`}
              data-action={a}
              disabled={busy || (modified && a === 'submit')}
              key={a}
              onClick={() => (a === 'return' ? setAsking(true) : void run(a))}
              type="button"
            >
              {busy ? tr(lang, 'actionWorking') : tr(lang, LABEL[a])}
            </button>
          ))}
        </span>
      </div>
      {modified && info.actions.includes('submit') && <p className="afc-muted">{tr(lang, 'actionsSaveFirst')}</p>}
      {info.lastReturn && (
        <div className="afc-banner afc-banner--returned" role="note">
          <strong>{tr(lang, 'returnedBanner', { at: formatDateTime(info.lastReturn.at, lang === 'en' ? 'en' : 'zh'), by: info.lastReturn.byName ?? '—' })}</strong>
          <p>{info.lastReturn.reason}</p>
        </div>
      )}
      {error && (
        <div className="afc-banner afc-banner--error" role="alert">
          {error}
        </div>
      )}
      {asking && (
        <ReturnDialog
          count={1}
          lang={lang}
          onCancel={() => setAsking(false)}
          onConfirm={(reason) => {
            setAsking(false)
            void run('return', reason)
          }}
        />
      )}
    </div>
  )
}

/**
 * Above the activities list: the workflow's bulk actions for the selected
 * rows, and per record what was refused and why.
 */
export const BulkActions = () => {
  const { selectedIDs } = useSelection()
  const { i18n } = useTranslation()
  const lang = i18n.language
  const router = useRouter()
  const [offered, setOffered] = useState<WorkflowAction[]>([])
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState(false)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<{ action: 'approve' | 'return'; counts: ReviewAnswer['counts']; reason?: string } | null>(null)

  useEffect(() => {
    void fetch('/api/activities/workflow', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { actions: [] }))
      .then((j: { actions: WorkflowAction[] }) => setOffered(j.actions))
  }, [])
  if (offered.length === 0) return null

  const run = async (action: WorkflowAction, reason?: string) => {
    setBusy(true)
    setError(null)
    setAnswer(null)
    setPending(null)
    try {
      if (action === 'approve' || action === 'return') {
        // reviews are all or nothing: first what would happen (counts by branch, or what refuses), then the user confirms
        const preview = await review(lang, { action, ids: selectedIDs, preview: true, reason })
        if (preview.refused.length > 0) setAnswer(refusedAnswer(preview))
        else setPending({ action, counts: preview.counts, reason })
        return
      }
      const a = await send(lang, action, selectedIDs, reason)
      setAnswer(a)
      if (a.refused === 0) toast.success(tr(lang, 'bulkDone', { done: a.done, refused: 0 }))
      router.refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (!pending) return
    setBusy(true)
    setError(null)
    try {
      const done = await review(lang, { action: pending.action, ids: selectedIDs, reason: pending.reason })
      setPending(null)
      setAnswer(done.refused.length > 0 ? refusedAnswer(done) : { done: done.done, refused: 0, results: [] })
      if (done.refused.length === 0) toast.success(tr(lang, 'bulkDone', { done: done.done, refused: 0 }))
      router.refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="afc-bulk">
      <div className="afc-bulk__row">
        {selectedIDs.length === 0 ? (
          <span className="afc-muted">{tr(lang, 'bulkHint')}</span>
        ) : (
          <>
            <span>{tr(lang, 'bulkFor', { n: selectedIDs.length })}</span>
            {offered.map((a) => (
              <button
                className={`btn btn--size-small ${a === 'return' || a === 'withdraw' ? 'btn--style-secondary' : 'btn--style-primary'}`}
                data-bulk-action={a}
                disabled={busy}
                key={a}
                onClick={() => (a === 'return' ? setAsking(true) : void run(a))}
                type="button"
              >
                {tr(lang, LABEL[a])}
              </button>
            ))}
          </>
        )}
      </div>
      {error && (
        <div className="afc-banner afc-banner--error" role="alert">
          {error}
        </div>
      )}
      {pending && (
        <div className="afc-banner afc-confirm" role="status">
          <strong>{tr(lang, pending.action === 'approve' ? 'reviewConfirmApprove' : 'reviewConfirmReturn', { n: pending.counts.records })}</strong>
          <ul>
            {pending.counts.byBranch.map((b) => (
              <li key={b.branch}>{tr(lang, 'reviewCountLine', { branch: b.branch, n: b.n })}</li>
            ))}
          </ul>
          {pending.reason && <p>{tr(lang, 'reason')}: {pending.reason}</p>}
          <div className="afc-actions">
            <button className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => setPending(null)} type="button">
              {tr(lang, 'cancel')}
            </button>
            <button className="btn btn--style-primary btn--size-small" data-confirm-review={pending.action} disabled={busy} onClick={() => void confirm()} type="button">
              {busy ? tr(lang, 'reviewWorking', { n: pending.counts.records }) : tr(lang, 'reviewConfirm')}
            </button>
          </div>
        </div>
      )}
      {answer && (
        <div className={`afc-banner ${answer.refused ? 'afc-banner--error' : 'afc-banner--ok'}`} role="status">
          <strong>{tr(lang, 'bulkDone', { done: answer.done, refused: answer.refused })}</strong>
          {answer.refused > 0 && (
            <table className="afc-table">
              <caption>{tr(lang, 'bulkRefusedHead')}</caption>
              <thead>
                <tr>
                  <th>{tr(lang, 'record')}</th>
                  <th>{tr(lang, 'reason')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <tr key={String(r.id)}>
                      <td>
                        <a href={`/admin/collections/activities/${r.id}`}>{r.title ?? `#${r.id}`}</a>
                      </td>
                      <td>{r.message}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {asking && (
        <ReturnDialog
          count={selectedIDs.length}
          lang={lang}
          onCancel={() => setAsking(false)}
          onConfirm={(reason) => {
            setAsking(false)
            void run('return', reason)
          }}
        />
      )}
    </div>
  )
}
