'use client'

import { DateTimeField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import React, { useEffect, useMemo, useState } from 'react'

import { tr } from './strings'

type Period = { end: string; start: string }

const day = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso))

/**
 * The activity date: its picker opens on, and only offers, the days of the
 * chosen campaign (a date typed outside them is still refused at the field,
 * with the period named, by the server's validation).
 */
export const CampaignDateField: DateFieldClientComponent = (props) => {
  const campaign = useFormFields(([fields]) => fields.campaign?.value) as number | string | { id: number | string } | null | undefined
  const campaignId = campaign && typeof campaign === 'object' ? campaign.id : campaign
  const { i18n } = useTranslation()
  const [period, setPeriod] = useState<Period | null>(null)

  useEffect(() => {
    if (campaignId === undefined || campaignId === null || campaignId === '') return setPeriod(null)
    let live = true
    void fetch(`/api/campaigns/${encodeURIComponent(String(campaignId))}?depth=0&select[startDate]=true&select[endDate]=true`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((c: { endDate?: string; startDate?: string } | null) => {
        if (live) setPeriod(c?.startDate && c.endDate ? { end: c.endDate, start: c.startDate } : null)
      })
    return () => {
      live = false
    }
  }, [campaignId])

  const field = useMemo(() => {
    if (!period) return props.field
    const [start, end, now] = [new Date(period.start), new Date(period.end), new Date()]
    const openTo = now >= start && now <= end ? now : start
    const date = (props.field.admin?.date ?? {}) as Record<string, unknown> & { overrides?: Record<string, unknown> }
    return {
      ...props.field,
      admin: {
        ...props.field.admin,
        date: { ...date, maxDate: end, minDate: start, overrides: { ...date.overrides, openToDate: openTo } },
        description: tr(i18n.language, 'campaignPeriod', { end: day(period.end), start: day(period.start) }),
      },
    } as typeof props.field
  }, [period, props.field, i18n.language])

  return <DateTimeField {...props} field={field} />
}
