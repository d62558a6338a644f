/** What a staff mail says, block by block; composeMail writes it as a plain-text part and an HTML part. */
export type Block = { text: string } | { link: string } | { list: string[] }

export type MailContent = { subject: string; text: string; html: string }

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Both parts say the same: mail clients show the HTML, and the text part serves the rest (and spam filters). */
export function composeMail(subject: string, blocks: Block[], lang: string): MailContent {
  const text = blocks
    .map((block) => ('text' in block ? block.text : 'link' in block ? block.link : block.list.map((line) => `- ${line}`).join('\n')))
    .join('\n\n')
  const body = blocks
    .map((block) => {
      if ('text' in block) return `<p>${escape(block.text)}</p>`
      if ('link' in block) return `<p><a href="${escape(block.link)}">${escape(block.link)}</a></p>`
      return `<ul>${block.list.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>`
    })
    .join('\n')
  const html = `<!doctype html>\n<html lang="${escape(lang)}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5">\n${body}\n</body></html>\n`
  return { subject, text: `${text}\n`, html }
}
