import { config } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

// zod/mini ships no issue messages; zod's English ones make its issues read as full zod's do.
config(en())
