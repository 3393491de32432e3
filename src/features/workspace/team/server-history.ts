const UPLOADED_KEY = 'vendor-reliability-uploaded-to-server'

/** Whether this browser's own vendors were offered for upload already (once per browser). */
export const uploadOffered = {
  get: () => {
    try {
      return localStorage.getItem(UPLOADED_KEY) === '1'
    } catch {
      return true
    }
  },
  set: () => {
    try {
      localStorage.setItem(UPLOADED_KEY, '1')
    } catch {
      // storage blocked: the offer may come back next time
    }
  },
}
