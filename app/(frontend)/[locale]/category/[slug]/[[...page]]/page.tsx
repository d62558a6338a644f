import { termRoute } from '@/components/TermPage'

const route = termRoute('categories')

// Cached per page of the listing and expired by content changes; rendered on first request (lib/data/prerender.ts).
export const revalidate = 60

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
