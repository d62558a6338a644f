/** Staff-facing (admin) text of the staff accounts, in the admin's three interface languages. */
export const CURRENT_PASSWORD_TEXT = {
  label: { az: 'Cari parolunuz', en: 'Your current password', ru: 'Ваш текущий пароль' },
  description: {
    az: 'Parolu və ya e-poçtu dəyişmək üçün lazımdır, başqasının hesabında da: öz parolunuz, onun deyil.',
    en: "Needed to change a password or e-mail, also on someone else's account: your own password, not theirs.",
    ru: 'Нужен, чтобы изменить пароль или e-mail, и в чужой учётной записи тоже: ваш собственный пароль, не её владельца.',
  },
  required: {
    az: 'Parolu və ya e-poçtu dəyişmək üçün cari parolunuzu daxil edin.',
    en: 'Enter your current password to change a password or e-mail.',
    ru: 'Введите свой текущий пароль, чтобы изменить пароль или e-mail.',
  },
  wrong: { az: 'Cari parol yanlışdır.', en: 'The current password is incorrect.', ru: 'Текущий пароль неверен.' },
} as const
