//! CSV cells that a spreadsheet opens as data, never as a formula. Excel, LibreOffice and
//! Google Sheets evaluate a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or a
//! carriage return, what follows), so an organisation named `=HYPERLINK(...)` would run in
//! the spreadsheet of whoever opened the export (OWASP's "CSV injection"). Such a cell gets a
//! leading apostrophe, which spreadsheets read as "this is text"; a plain number such as a
//! negative longitude is left alone, since a number is never evaluated.

use std::borrow::Cow;

/// `cell` as it is safe to write into a CSV export.
pub fn safe_cell(cell: &str) -> Cow<'_, str> {
    let starts_a_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if starts_a_formula && cell.parse::<f64>().is_err() { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// Writes one record with every cell made safe.
pub fn write_record<'a, W: std::io::Write>(
    out: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = &'a str>,
) -> Result<(), csv::Error> {
    out.write_record(cells.into_iter().map(safe_cell).collect::<Vec<_>>().iter().map(|c| c.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        assert_eq!(
            safe_cell("=HYPERLINK(\"http://evil.example\",\"x\")"),
            "'=HYPERLINK(\"http://evil.example\",\"x\")"
        );
        assert_eq!(safe_cell("+1+1"), "'+1+1");
        assert_eq!(safe_cell("-2+3"), "'-2+3");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\t=1"), "'\t=1");
        assert_eq!(safe_cell("-3.70379"), "-3.70379");
        assert_eq!(safe_cell("Modacc"), "Modacc");
        assert_eq!(safe_cell(""), "");
    }
}
