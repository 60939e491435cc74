//! Form fields with labels, hints and field-level errors wired for screen readers
//! (`aria-invalid`, `aria-describedby`). Errors are translation keys; values are the
//! initial values (the browser keeps what the person types).

use crate::i18n::t;
use leptos::prelude::*;
use model::FieldErrors;

pub const INPUT: &str = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base \
    shadow-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/40 \
    aria-[invalid=true]:border-red-500";
const LABEL: &str = "block text-sm font-medium text-stone-800";

/// The HTML id for a field called `name` (`org[value_chains][]` → `field-org-value_chains`).
fn field_id(name: &str) -> String {
    let cleaned: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect();
    format!("field-{}", cleaned.trim_matches('-').replace("--", "-"))
}

/// The element ids one field needs: its control, its error line, its hint, and the
/// `aria-describedby` list that ties the last two to the control.
struct FieldIds {
    control: String,
    error: String,
    hint: String,
    described_by: String,
}

impl FieldIds {
    fn new(name: &str, has_hint: bool) -> Self {
        let control = field_id(name);
        let error = format!("{control}-error");
        let hint = format!("{control}-hint");
        let described_by = if has_hint { format!("{hint} {error}") } else { error.clone() };
        Self { control, error, hint, described_by }
    }
}

/// The error of one field, as a signal over the form's latest rejection.
pub fn field_error(errors: Signal<Option<FieldErrors>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.get().and_then(|e| e.get(field).map(str::to_owned)))
}

#[component]
fn FieldError(id: String, error: MaybeProp<String>) -> impl IntoView {
    view! {
        <p id=id class="mt-1 text-sm text-red-700" data-testid="field-error">
            {move || error.get().map(|key| t(&key))}
        </p>
    }
}

#[component]
pub fn TextField(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into, optional)] value: String,
    #[prop(into, optional)] error: MaybeProp<String>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let ids = FieldIds::new(&name, hint.is_some());
    view! {
        <div>
            <label for=ids.control.clone() class=LABEL>
                {label}
                {required.then(|| view! { <span class="text-red-700" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|h| view! { <p id=ids.hint class="text-xs text-stone-500">{h}</p> })}
            <input
                id=ids.control
                name=name
                type=input_type.unwrap_or("text")
                value=value
                required=required
                autocomplete=autocomplete
                inputmode=inputmode
                class=INPUT
                aria-describedby=ids.described_by
                aria-invalid=move || error.get().is_some().to_string()
            />
            <FieldError id=ids.error error/>
        </div>
    }
}

#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into, optional)] value: String,
    #[prop(into, optional)] error: MaybeProp<String>,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(optional)] rows: Option<u32>,
) -> impl IntoView {
    let ids = FieldIds::new(&name, hint.is_some());
    view! {
        <div>
            <label for=ids.control.clone() class=LABEL>{label}</label>
            {hint.map(|h| view! { <p id=ids.hint class="text-xs text-stone-500">{h}</p> })}
            <textarea
                id=ids.control
                name=name
                rows=rows.unwrap_or(5)
                class=INPUT
                aria-describedby=ids.described_by
                aria-invalid=move || error.get().is_some().to_string()
            >
                {value}
            </textarea>
            <FieldError id=ids.error error/>
        </div>
    }
}

/// A drop-down; `options` are (value, label) pairs; `placeholder` adds an empty first choice.
#[component]
pub fn SelectField(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into, optional)] value: String,
    #[prop(into, optional)] error: MaybeProp<String>,
    #[prop(into, optional)] placeholder: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let ids = FieldIds::new(&name, false);
    view! {
        <div>
            <label for=ids.control.clone() class=LABEL>
                {label}
                {required.then(|| view! { <span class="text-red-700" aria-hidden="true">" *"</span> })}
            </label>
            <select
                id=ids.control
                name=name
                required=required
                class=INPUT
                aria-describedby=ids.described_by
                aria-invalid=move || error.get().is_some().to_string()
            >
                {placeholder.map(|p| view! { <option value="">{p}</option> })}
                {options
                    .into_iter()
                    .map(|(v, l)| {
                        let selected = v == value;
                        view! { <option value=v selected=selected>{l}</option> }
                    })
                    .collect_view()}
            </select>
            <FieldError id=ids.error error/>
        </div>
    }
}

/// Checkbox choices, optionally under sub-headings: (heading, [(value, label)]).
pub type ChoiceGroups = Vec<(Option<String>, Vec<(String, String)>)>;

/// Choices without sub-headings.
pub fn ungrouped(options: Vec<(String, String)>) -> ChoiceGroups {
    vec![(None, options)]
}

/// A group of checkboxes sharing one `name` (posted as a list), in sub-groups when the
/// vocabulary is long enough to need them.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    groups: ChoiceGroups,
    selected: Vec<String>,
    #[prop(into, optional)] error: MaybeProp<String>,
    #[prop(optional)] columns: Option<u8>,
) -> impl IntoView {
    let ids = FieldIds::new(&name, false);
    let grid = match columns.unwrap_or(2) {
        1 => "grid-cols-1",
        3 => "grid-cols-1 sm:grid-cols-2 lg:grid-cols-3",
        _ => "grid-cols-1 sm:grid-cols-2",
    };
    let id = ids.control.clone();
    let checkbox = move |(v, l): (String, String)| {
        let checked = selected.contains(&v);
        let box_id = format!("{id}-{v}");
        let label_for = box_id.clone();
        view! {
            <label for=label_for class="flex items-center gap-2 py-1 text-sm text-stone-800">
                <input
                    id=box_id
                    type="checkbox"
                    name=name.clone()
                    value=v
                    checked=checked
                    class="h-4 w-4 rounded border-stone-400 text-emerald-700 focus:ring-emerald-600"
                />
                {l}
            </label>
        }
    };
    view! {
        <fieldset id=ids.control aria-describedby=ids.described_by aria-invalid=move || error.get().is_some().to_string()>
            <legend class=LABEL>{legend}</legend>
            {groups
                .into_iter()
                .map(|(heading, options)| {
                    view! {
                        {heading.map(|h| view! { <p class="mt-3 text-xs font-semibold uppercase tracking-wide text-stone-500">{h}</p> })}
                        <div class=format!("mt-1 grid gap-x-4 gap-y-1 {grid}")>
                            {options.into_iter().map(checkbox.clone()).collect_view()}
                        </div>
                    }
                })
                .collect_view()}
            <FieldError id=ids.error error/>
        </fieldset>
    }
}

/// Lists a rejected form's problems at the top, each linking to its field, so a keyboard or
/// screen-reader user can jump straight there.
#[component]
pub fn ErrorSummary(
    errors: Signal<Option<FieldErrors>>,
    labels: Vec<(&'static str, String)>,
    prefix: &'static str,
) -> impl IntoView {
    move || {
        errors.get().filter(|e| !e.is_empty()).map(|e| {
            let items = labels
                .iter()
                .filter_map(|(field, label)| {
                    e.get(field).map(|key| {
                        let href = format!("#{}", field_id(&format!("{prefix}{field}")));
                        view! { <li><a class="underline" href=href>{format!("{label}: {}", t(key))}</a></li> }
                    })
                })
                .collect_view();
            // The page a rejected form comes back on opens with the focus here (autofocus
            // needs no script), so keyboard and screen-reader users start at what to fix.
            view! {
                <div role="alert" tabindex="-1" autofocus class="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600" data-testid="form-errors">
                    <p class="font-semibold">{t("error-check-form")}</p>
                    <ul class="mt-1 list-disc pl-5">{items}</ul>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::field_id;

    #[test]
    fn field_ids_are_valid_html_ids() {
        assert_eq!(field_id("org[value_chains][]"), "field-org-value_chains");
        assert_eq!(field_id("email"), "field-email");
    }
}
