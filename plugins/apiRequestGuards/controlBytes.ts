/** Whether text holds a control character (NUL, newline, DEL…): no file name or text id has one. */
export const hasControlBytes = (text: string): boolean => /[\u0000-\u001f\u007f]/.test(text)
