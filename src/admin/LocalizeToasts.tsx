'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { tr } from './strings'

/**
 * Payload 3.90 writes a few toasts in English whatever the language (the bulk
 * upload's "Successfully saved N files"); they are put into the user's
 * language as they appear.
 */
const HARD_CODED: Array<[RegExp, (lang: string, m: RegExpMatchArray) => string]> = [[/^Successfully saved (\d+) files?$/, (lang, m) => tr(lang, 'filesSaved', { n: m[1]! })]]

export const LocalizeToasts = ({ children }: { children?: React.ReactNode }) => {
  const { i18n } = useTranslation()
  const lang = i18n.language
  useEffect(() => {
    if (lang === 'en') return
    const fix = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? ''
        for (const [re, say] of HARD_CODED) {
          const m = text.match(re)
          if (m) n.textContent = say(lang, m)
        }
      }
    }
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if ((node as Element).closest?.('[data-sonner-toaster]') || node.parentElement?.closest('[data-sonner-toaster]')) fix(node)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [lang])
  return <>{children}</>
}
