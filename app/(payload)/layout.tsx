/* Payload's admin root layout, as Payload generates it (3.90 needs the serverFunction prop). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { scheduleWithinEmbargo } from '@/collections/Articles/scheduleWithinEmbargo'

import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Scheduling a publication checks the article's embargo first (collections/Articles/scheduleWithinEmbargo.ts).
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': scheduleWithinEmbargo } })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
