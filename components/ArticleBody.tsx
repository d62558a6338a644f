import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { useTranslations } from 'next-intl'

import type { Article, EmbedBlock, GalleryBlock, ImageBlock, Media, QuoteBlock } from '@/payload-types'

import { MediaCaption } from './MediaCaption'
import { ResponsiveImage } from './ResponsiveImage'

type Props = { data: NonNullable<Article['body']> }

function EmbedLink({ url, caption }: EmbedBlock) {
  const t = useTranslations('ArticleBody')
  let host: string
  try {
    host = new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null // saved before validation existed; nothing sensible to link to
  }
  // A link, not the provider's player: no third-party scripts or trackers on our pages.
  return (
    <figure className="embed">
      <a href={url} rel="noopener noreferrer">
        {t('embedLink', { host })}
      </a>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    image: ({ node }: { node: SerializedBlockNode<ImageBlock> }) => {
      const media = node.fields.media
      if (typeof media !== 'object') return null
      return (
        <figure className="body-image">
          <ResponsiveImage media={media} />
          <MediaCaption caption={node.fields.caption || media.caption} credit={media.credit} />
        </figure>
      )
    },
    gallery: ({ node }: { node: SerializedBlockNode<GalleryBlock> }) => {
      // An image deleted since the article was saved is left out rather than shown broken.
      const images = node.fields.images.filter((media): media is Media => typeof media === 'object' && media !== null)
      if (images.length === 0) return null
      return (
        <figure className="gallery-block">
          <ul className="gallery">
            {images.map((media) => (
              <li key={media.id}>
                <figure>
                  <ResponsiveImage media={media} sizes="(min-width: 42rem) 14rem, 50vw" />
                  <MediaCaption caption={media.caption} credit={media.credit} />
                </figure>
              </li>
            ))}
          </ul>
          {node.fields.caption && <figcaption>{node.fields.caption}</figcaption>}
        </figure>
      )
    },
    quote: ({ node }: { node: SerializedBlockNode<QuoteBlock> }) => (
      <figure className="quote">
        <blockquote>{node.fields.text}</blockquote>
        {node.fields.attribution && <figcaption>{node.fields.attribution}</figcaption>}
      </figure>
    ),
    embed: ({ node }: { node: SerializedBlockNode<EmbedBlock> }) => <EmbedLink {...node.fields} />,
  },
})

/** An article's rich text, with the newsroom's image, gallery, quote and embed blocks. */
export function ArticleBody({ data }: Props) {
  return <RichText data={data} converters={converters} className="article-body" />
}
