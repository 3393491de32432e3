import type { ReportTable } from '../../../core/report/html/document-model'

function cellClass(table: ReportTable, column: number, tone: string | undefined) {
  if (column === table.toneColumn && tone) return `vr-${tone}`
  if (table.numeric[column]) return 'vr-num'
  return column === 0 ? 'vr-nowrap' : undefined
}

/** A report table with a repeating header; its rows never split across printed pages (CSS). */
export function ReportTableView({ table, id }: { table: ReportTable; id: string }) {
  return (
    <>
      <h3 id={id}>{table.caption}</h3>
      {table.rows.length > 0 && (
        <div className="vr-scroll" role="region" aria-labelledby={id} tabIndex={0}>
          <table className={`vr-table ${table.className ?? ''}`} aria-labelledby={id}>
            <thead>
              <tr>
                {table.head.map((head, c) => (
                  <th key={head} scope="col" className={cellClass(table, c, undefined)}>
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) =>
                row.kind === 'section' ? (
                  <tr key={r} className="vr-section">
                    <td colSpan={table.head.length}>{row.cells[0]}</td>
                  </tr>
                ) : (
                  <tr
                    key={r}
                    className={
                      [
                        row.kind === 'total' ? 'vr-total' : '',
                        row.tone === 'muted' ? 'vr-muted' : '',
                      ]
                        .join(' ')
                        .trim() || undefined
                    }
                  >
                    {row.cells.map((cell, c) => (
                      <td key={c} className={cellClass(table, c, row.tone)}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {table.note && <p className="vr-table-note">{table.note}</p>}
    </>
  )
}
