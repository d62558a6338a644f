export function InterfaceStringsView() {
  return null
}
