'use client'

import { toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { ReturnAction } from '../domain/returns'
import { type AdminKey, tr } from './strings'
import { TextDialog } from './TextDialog'

const LABEL: Record<ReturnAction, AdminKey> = { accept: 'returnAccept', 'no-activity': 'returnNoActivity', return: 'actionReturn', submit: 'returnSubmit' }

/** The buttons of one node's monthly return in the tree; submitting asks for the narrative, returning and "no activity" for a reason. */
export const ReturnActions = ({ actions, branch, campaign, month, name }: { actions: ReturnAction[]; branch: number | string; campaign: number | string; month: string; name: string }) => {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const router = useRouter()
  const [asking, setAsking] = useState<ReturnAction | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const take = async (action: ReturnAction, text?: string) => {
    setAsking(null)
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/monthly-returns/act', {
        body: JSON.stringify({ action, branch, campaign, month, ...(action === 'submit' ? { narrative: text } : { reason: text }) }),
        credentials: 'include',
        headers: { 'Accept-Language': lang, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const json = await res.json()
      if (!res.ok) throw new Error(json.errors?.[0]?.message ?? String(res.status))
      toast.success(tr(lang, 'returnDone', { name }))
      router.refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  if (actions.length === 0) return null
  return (
    <div className="afc-return-actions">
      {actions.map((a) => (
        <button
          className={`btn btn--size-small ${a === 'return' ? 'btn--style-secondary' : 'btn--style-primary'}`}
          data-return-action={a}
          disabled={busy}
          key={a}
          onClick={() => (a === 'accept' ? void take(a) : setAsking(a))}
          type="button"
        >
          {tr(lang, LABEL[a])}
        </button>
      ))}
      {error && (
        <p className="afc-error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <TextDialog
          confirm={tr(lang, LABEL[asking])}
          confirmKey={asking}
          hint={tr(lang, asking === 'submit' ? 'narrativeHint' : asking === 'return' ? 'returnReturnHint' : 'noActivityHint')}
          label={tr(lang, asking === 'submit' ? 'narrative' : 'reason')}
          lang={lang}
          onCancel={() => setAsking(null)}
          onConfirm={(text) => void take(asking, text)}
          required={asking !== 'submit'}
          rows={asking === 'submit' ? 8 : 4}
          title={`${tr(lang, LABEL[asking])} · ${name} · ${month}`}
        />
      )}
    </div>
  )
}
