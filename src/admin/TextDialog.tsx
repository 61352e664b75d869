'use client'

import React, { useEffect, useRef, useState } from 'react'

import { tr } from './strings'

/**
 * A modal that asks for one text (a return's reason, a month's narrative)
 * before an action. No <form>: on a record page the dialog sits inside
 * Payload's own form, and a submit would bubble into it.
 */
export const TextDialog = (p: {
  confirm: string
  /** data-confirm on the button, for tests and styles */
  confirmKey: string
  hint: string
  label: string
  lang: string
  onCancel: () => void
  onConfirm: (text: string) => void
  required: boolean
  rows?: number
  title: string
}) => {
  const ref = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog aria-labelledby="afc-dialog-title" className="afc-dialog" onCancel={p.onCancel} ref={ref}>
      <div>
        <h3 id="afc-dialog-title">{p.title}</h3>
        <p className="afc-muted">{p.hint}</p>
        <label htmlFor="afc-dialog-text">{p.label}</label>
        <textarea autoFocus id="afc-dialog-text" maxLength={p.required ? 2000 : 20000} onChange={(e) => setText(e.target.value)} required={p.required} rows={p.rows ?? 4} value={text} />
        <div className="afc-actions">
          <button className="btn btn--style-secondary btn--size-medium" onClick={p.onCancel} type="button">
            {tr(p.lang, 'cancel')}
          </button>
          <button className="btn btn--style-primary btn--size-medium" data-confirm={p.confirmKey} disabled={p.required && !text.trim()} onClick={() => p.onConfirm(text.trim())} type="button">
            {p.confirm}
          </button>
        </div>
      </div>
    </dialog>
  )
}
