//! The OpenAPI 3.1 document, generated from the endpoint table and from the queries the request
//! type declares (so a new field of a query appears here without an edit). Committed as
//! `schema/openapi.json`; a test fails when it is stale.

use utoipa::openapi::path::{
    HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn, PathItem,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{
    AdditionalProperties, KnownFormat, OneOfBuilder, SchemaFormat, Type,
};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, HeaderBuilder, InfoBuilder, ObjectBuilder, OpenApiBuilder,
    PathsBuilder, Ref, Required, ResponseBuilder, Schema,
};

use crate::fields::{Field, Kind};
use crate::params::{Catalog, Param};
use crate::problem::{KINDS, PROBLEM_JSON};
use crate::routes::{Repr, Route, ROUTES};

/// What a parameter means, by name; `(query, name)` first where a name means different things.
const DESCRIPTIONS: &[(&str, &str, &str)] = &[
    ("", "as_of", "The law as it stood on this day (YYYY-MM-DD): instruments not yet signed or already replaced are left out."),
    ("", "agency", "Only this agency (any name form, without regard to case or diacritics; abbreviations work)."),
    ("", "province", "Only this province (any name form, without regard to case or diacritics)."),
    ("", "current_bearers", "Add, for each record, the bodies that carry it on `as_of` after the 2025 reorganisation (needs `as_of`)."),
    ("", "local_only", "With `province`: only the province's own records, without the national ones whose bearer is a body every province has (included by default, resolved to the province's bodies and marked `national`)."),
    ("deadlines", "trace", "Each due date with the steps that produced it (default `true`); `false` for compact answers without them, faster to compute."),
    ("provinces", "as_of", "The day (YYYY-MM-DD): the provinces and cities that exist then (34 from 12/06/2025, 63 before); without it, every one the dataset records."),
    ("", "year", "The calendar year."),
    ("", "from", "First day of the range (YYYY-MM-DD)."),
    ("", "to", "Last day of the range (YYYY-MM-DD)."),
    ("obligations", "to", "Only obligations owed to this agency."),
    ("workdays_between", "from", "The first day, counted."),
    ("workdays_between", "to", "The end of the range, not counted: the answer counts [from, to)."),
    ("", "shift", "When the last day is not a working day: `previous` (default), `next` (Civil Code 2015, Art. 148(5)) or `none`."),
    ("", "calendar", "`civil` (Monday to Friday for civil servants, default) or `labour`."),
    ("", "role", "Only this role (lead, coordinate, advise, guide, approve, report, provide_info, implement)."),
    ("", "frequency", "Only this frequency (annual, semiannual, quarterly, monthly, weekly, on_request, event)."),
    ("", "what", "`deadlines` (default) or `duties`."),
    ("", "id", "The instrument's id (`quang-ninh/38-2018-qd-ubnd`) or official number (`38/2018/QĐ-UBND`), percent-encoded."),
    ("", "citation", "One provision: a citation (`Điểm a khoản 2 Điều 20`) or an eId (`att_1__art_20__para_2`)."),
    ("", "history", "An agency's id, name or alias: answer its timeline instead (created, renamed, merged, functions moved)."),
    ("", "name", "The agency's id, name or alias."),
    ("", "date", "The date (YYYY-MM-DD)."),
    ("lunar_to_solar", "date", "The lunar date, YYYY-MM-DD (`2026-01-01` is Tết 2026)."),
    ("", "n", "How many working days (negative: back in time)."),
    ("", "leap", "The month is the leap month (tháng nhuận)."),
    ("", "text", "The text of a Vietnamese legal document (or Akoma Ntoso XML, read as such)."),
    ("", "format", "`json` (default) or `akn`: the instrument as an Akoma Ntoso 3.0 document, answered as `{id, format, media_type, xml}`."),
    ("", "submissions_csv", "The CSV of submissions (header: agency,obligation,period,submitted)."),
];

/// What a field means (`None`: no description is written down yet).
pub fn description(query: &str, name: &str) -> Option<&'static str> {
    DESCRIPTIONS
        .iter()
        .find(|(q, n, _)| *q == query && *n == name)
        .or_else(|| {
            DESCRIPTIONS
                .iter()
                .find(|(q, n, _)| q.is_empty() && *n == name)
        })
        .map(|(_, _, d)| *d)
}

fn schema_of(kind: &Kind) -> Schema {
    let b = ObjectBuilder::new();
    let b = match kind {
        Kind::Boolean => b.schema_type(Type::Boolean),
        Kind::Integer => b
            .schema_type(Type::Integer)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64))),
        Kind::Date => b
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date))),
        Kind::Text => b.schema_type(Type::String).min_length(Some(1)),
        Kind::OneOf(words) => b.schema_type(Type::String).enum_values(Some(words.clone())),
    };
    Schema::Object(b.build())
}

fn field_schema(query: &str, f: &Field) -> Schema {
    match schema_of(&f.kind) {
        Schema::Object(mut o) => {
            o.description = description(query, f.name).map(str::to_owned);
            Schema::Object(o)
        }
        other => other,
    }
}

fn parameter(route: &Route, p: &Param, location: ParameterIn) -> utoipa::openapi::path::Parameter {
    let required = location == ParameterIn::Path || p.required;
    ParameterBuilder::new()
        .name(p.name)
        .parameter_in(location)
        .required(if required {
            Required::True
        } else {
            Required::False
        })
        .description(description(&p.query, p.name).or_else(|| description(route.query, p.name)))
        .schema(Some(schema_of(&p.kind)))
        .build()
}

fn problem_response(what: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(what)
        .content(
            PROBLEM_JSON,
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
}

fn problem_schema() -> Schema {
    let text = |d: &str| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(d))
            .build()
    };
    let list = |d: &str| {
        utoipa::openapi::schema::ArrayBuilder::new()
            .items(ObjectBuilder::new().schema_type(Type::String))
            .description(Some(d))
            .build()
    };
    Schema::Object(
        ObjectBuilder::new()
            .description(Some("An RFC 9457 problem detail."))
            .property(
                "type",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(KINDS.iter().map(|(k, _, _)| format!("/problems/{k}"))))
                    .description(Some("The kind of problem; `GET` it for its meaning.")),
            )
            .required("type")
            .property("title", text("The kind's title."))
            .required("title")
            .property("status", ObjectBuilder::new().schema_type(Type::Integer))
            .required("status")
            .property("detail", text("What happened, as a sentence."))
            .required("detail")
            .property("parameter", text("The parameter (or header) concerned."))
            .property("value", text("The value received."))
            .property("expected", text("What was expected instead."))
            .property(
                "accepted",
                list("What is accepted (parameters, media types, methods)."),
            )
            .property("suggestions", list("Close matches, best first."))
            .build(),
    )
}

/// The request of `POST /v1/query`: one object per query, tagged by `query`.
fn query_request_schema(catalog: &Catalog) -> Schema {
    let mut one_of = OneOfBuilder::new().description(Some(
        "The JSON request of `qc_query_json`: `query` names the query, the other keys are its fields.",
    ));
    for q in catalog.queries() {
        let mut o = ObjectBuilder::new()
            .title(Some(q.tag))
            .property(
                "query",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some([q.tag])),
            )
            .required("query")
            .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)));
        for f in &q.fields {
            o = o.property(f.name, field_schema(q.tag, f));
            if f.required {
                o = o.required(f.name);
            }
        }
        one_of = one_of.item(Schema::Object(o.build()));
    }
    Schema::OneOf(one_of.build())
}

fn answer_response(route: &Route) -> utoipa::openapi::Response {
    let what = match route.repr {
        Repr::Json => format!("The JSON answer: byte for byte what `{} --format json` prints (without its final newline).", route.cli),
        _ => format!("The answer of `{}`.", route.cli),
    };
    let mut b = ResponseBuilder::new().description(what).content(
        route.repr.essence(),
        ContentBuilder::new()
            .schema(Some(answer_schema(route.repr)))
            .build(),
    );
    if route.method == "GET" {
        b = b
            .header("ETag", HeaderBuilder::new().schema(ObjectBuilder::new().schema_type(Type::String)).description(Some("The dataset's content hash and the request's: send it back in If-None-Match.")).build())
            .header("Cache-Control", HeaderBuilder::new().schema(ObjectBuilder::new().schema_type(Type::String)).build());
    }
    b.build()
}

fn answer_schema(repr: Repr) -> Schema {
    match repr {
        Repr::Json => Schema::Object(
            ObjectBuilder::new()
                .schema_type(utoipa::openapi::schema::SchemaType::AnyValue)
                .description(Some(
                    "The query layer's answer (an object or an array, as the CLI prints it).",
                ))
                .build(),
        ),
        _ => Schema::Object(ObjectBuilder::new().schema_type(Type::String).build()),
    }
}

fn common_errors(op: OperationBuilder, body: bool) -> OperationBuilder {
    let mut op = op
        .response("400", problem_response("A parameter is malformed, unknown, repeated or missing; or the query layer refused the request."))
        .response("404", problem_response("An instrument, province, agency or provision is not in the dataset (with close matches)."))
        .response("405", problem_response("The endpoint does not answer this method."))
        .response("414", problem_response("The query string is over 8 KiB."))
        .response("500", problem_response("A bug; the server keeps serving."))
        .response("503", problem_response("The concurrency limit is reached, the answer took longer than --timeout, or the server is stopping."));
    if body {
        op = op
            .response(
                "408",
                problem_response("The body did not arrive within --timeout."),
            )
            .response("413", problem_response("The body is over --max-body."))
            .response(
                "415",
                problem_response("The body's media type is not accepted."),
            );
    }
    op
}

fn endpoint(catalog: &Catalog, route: &Route) -> (HttpMethod, utoipa::openapi::path::Operation) {
    let mut op = OperationBuilder::new()
        .operation_id(Some(format!(
            "{}_{}",
            route.method.to_ascii_lowercase(),
            route
                .path
                .trim_start_matches('/')
                .replace(['/', '.', '-'], "_")
                .replace(['{', '}'], "")
        )))
        .summary(Some(route.summary))
        .description(Some(format!(
            "The query `{}` (`{}`).",
            route.query, route.cli
        )))
        .tag(
            if route.query.starts_with("workdays")
                || route.query.starts_with("lunar")
                || route.query == "calendar"
            {
                "calendar"
            } else {
                "rules"
            },
        );
    let q = catalog.query(route.query);
    for name in route.path_params() {
        if let Some(f) = q.and_then(|q| q.field(name)) {
            let p = Param {
                name: f.name,
                kind: f.kind.clone(),
                required: true,
                query: route.query.to_owned(),
            };
            op = op.parameter(parameter(route, &p, ParameterIn::Path));
        }
    }
    for p in catalog.query_params(route) {
        op = op.parameter(parameter(route, &p, ParameterIn::Query));
    }
    if let Some(b) = route.body {
        let mut content = RequestBodyBuilder::new()
            .description(Some(
                description(route.query, b.field).unwrap_or("The body."),
            ))
            .required(Some(Required::True));
        for mt in b.media_types {
            content = content.content(
                *mt,
                ContentBuilder::new()
                    .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                    .build(),
            );
        }
        op = op.request_body(Some(content.build()));
    }
    op = op.response("200", answer_response(route));
    if route.method == "GET" {
        op = op.response(
            "304",
            ResponseBuilder::new()
                .description("Not modified: the If-None-Match ETag is the answer's.")
                .build(),
        );
    }
    let method = if route.method == "POST" {
        HttpMethod::Post
    } else {
        HttpMethod::Get
    };
    (method, common_errors(op, route.body.is_some()).build())
}

fn plain(summary: &str, media: &str, schema: Schema) -> utoipa::openapi::path::Operation {
    OperationBuilder::new()
        .summary(Some(summary))
        .tag("operations")
        .response(
            "200",
            ResponseBuilder::new()
                .description(summary)
                .content(media, ContentBuilder::new().schema(Some(schema)).build())
                .build(),
        )
        .build()
}

/// The document, as pretty JSON.
///
/// # Errors
/// serde_json's, if the document cannot be written (not expected).
pub fn document(catalog: &Catalog) -> Result<String, serde_json::Error> {
    let mut paths = PathsBuilder::new();
    let mut items: Vec<(&str, PathItem)> = Vec::new();
    for route in ROUTES {
        let (method, op) = endpoint(catalog, route);
        match items.iter_mut().find(|(p, _)| *p == route.path) {
            Some((_, item)) => item.merge_operations(PathItem::new(method, op)),
            None => items.push((route.path, PathItem::new(method, op))),
        }
    }
    let query_op = common_errors(
        OperationBuilder::new()
            .operation_id(Some("post_v1_query"))
            .summary(Some("Any query, as the JSON request of qc_query_json; the answer is exactly qc_query_json's"))
            .tag("rules")
            .request_body(Some(
                RequestBodyBuilder::new()
                    .required(Some(Required::True))
                    .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("QueryRequest"))).build())
                    .build(),
            ))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("The answer, byte for byte RuleSet::answer_json's.")
                    .content("application/json", ContentBuilder::new().schema(Some(answer_schema(Repr::Json))).build())
                    .build(),
            ),
        true,
    )
    .build();
    items.push(("/v1/query", PathItem::new(HttpMethod::Post, query_op)));
    let status_json = |d: &str| {
        Schema::Object(
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(d))
                .build(),
        )
    };
    items.push((
        "/healthz",
        PathItem::new(
            HttpMethod::Get,
            plain(
                "Alive",
                "application/json",
                status_json("`{\"status\": \"ok\"}`"),
            ),
        ),
    ));
    let mut ready = plain(
        "Ready: the dataset is loaded (503 while stopping)",
        "application/json",
        status_json("The status and the dataset in service: its hash, source and load time."),
    );
    ready.responses.responses.insert(
        "503".into(),
        problem_response("The server is stopping.").into(),
    );
    items.push(("/readyz", PathItem::new(HttpMethod::Get, ready)));
    items.push((
        "/metrics",
        PathItem::new(
            HttpMethod::Get,
            plain(
                "Counters in the Prometheus text format",
                "text/plain",
                Schema::Object(ObjectBuilder::new().schema_type(Type::String).build()),
            ),
        ),
    ));
    items.push((
        "/openapi.json",
        PathItem::new(
            HttpMethod::Get,
            plain(
                "This document",
                "application/json",
                status_json("An OpenAPI 3.1 document."),
            ),
        ),
    ));
    let mut doc = plain(
        "What a problem type means",
        "text/plain",
        Schema::Object(ObjectBuilder::new().schema_type(Type::String).build()),
    );
    doc.parameters = Some(vec![ParameterBuilder::new()
        .name("kind")
        .parameter_in(ParameterIn::Path)
        .required(Required::True)
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(KINDS.iter().map(|(k, _, _)| *k))),
        ))
        .build()]);
    doc.responses.responses.insert(
        "404".into(),
        problem_response("No such problem type.").into(),
    );
    items.push(("/problems/{kind}", PathItem::new(HttpMethod::Get, doc)));
    for (path, item) in items {
        paths = paths.path(path, item);
    }
    let api = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("quyche HTTP API")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Vietnamese regulations on foreign-information activities as data: the query layer of quyche over HTTP. \
                     Every JSON answer is byte for byte the CLI's `--format json` answer to the same query. \
                     Parameters carry the JSON names of the query's fields. Errors are RFC 9457 problem details.",
                ))
                .build(),
        )
        .paths(paths.build())
        .components(Some(
            ComponentsBuilder::new()
                .schema("Problem", problem_schema())
                .schema("QueryRequest", query_request_schema(catalog))
                .build(),
        ))
        .build();
    api.to_pretty_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_described() {
        // A field added to a query works at once; its description is the one line to add here.
        let catalog = Catalog::discover().unwrap();
        for q in catalog.queries() {
            for f in &q.fields {
                assert!(
                    description(q.tag, f.name).is_some(),
                    "describe field {} of query {} in openapi::DESCRIPTIONS",
                    f.name,
                    q.tag
                );
            }
        }
    }

    #[test]
    fn the_committed_document_is_current() {
        let catalog = Catalog::discover().unwrap();
        let doc = document(&catalog).unwrap();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/openapi.json");
        if std::env::var_os("QUYCHE_BLESS").is_some() {
            std::fs::write(&path, &doc).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == doc,
            "schema/openapi.json is stale: QUYCHE_BLESS=1 cargo test -p quyche-server --lib openapi rewrites it"
        );
        assert!(doc.contains("\"openapi\": \"3.1.0\""));
    }
}
