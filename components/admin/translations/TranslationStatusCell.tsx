export function TranslationStatusCell() {
  return null
}
