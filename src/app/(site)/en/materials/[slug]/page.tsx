import { MaterialPage, materialMetadata } from '../../../../../site/components'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }
export const generateMetadata = async ({ params }: Props) => materialMetadata('en', (await params).slug)
const Page = async ({ params }: Props) => <MaterialPage lang="en" slug={(await params).slug} />
export default Page
