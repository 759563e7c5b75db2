//! openapi.yaml's enums are the model's: each list of codes in the document equals, in order,
//! the `ALL` of the enum it documents, so a new code fails here until the document has it.

mod support;

use feedback::store::Backend;
use model::feedback::{
    ErrorCode, ErrorKind, ExportFormat, Field, ModerationStatus, OrganisationType,
};
use model::moderation::AuditAction;
use model::Lang;
use serde_json::Value;

fn codes(schema: &Value, path: &str) -> Vec<String> {
    let list = schema["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("openapi.yaml: {path} has no enum"));
    list.iter()
        .map(|code| code.as_str().unwrap().to_string())
        .collect()
}

fn schema<'a>(name: &str) -> &'a Value {
    &support::openapi()["components"]["schemas"][name]
}

fn assert_same(path: &str, documented: Vec<String>, model: Vec<&str>) {
    assert_eq!(
        documented, model,
        "openapi.yaml {path} differs from the model's codes"
    );
}

#[test]
fn every_enum_in_the_document_is_the_model_s() {
    assert_same(
        "OrganisationType",
        codes(schema("OrganisationType"), "OrganisationType"),
        OrganisationType::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "Status",
        codes(schema("Status"), "Status"),
        ModerationStatus::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "Error.error",
        codes(&schema("Error")["properties"]["error"], "Error.error"),
        ErrorKind::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "FieldError.field",
        codes(
            &schema("FieldError")["properties"]["field"],
            "FieldError.field",
        ),
        Field::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "FieldError.code",
        codes(
            &schema("FieldError")["properties"]["code"],
            "FieldError.code",
        ),
        ErrorCode::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "ExportFormat",
        codes(schema("ExportFormat"), "ExportFormat"),
        ExportFormat::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "Language",
        codes(schema("Language"), "Language"),
        Lang::ALL.iter().map(|v| v.code()).collect(),
    );
    assert_same(
        "AuditAction",
        codes(schema("AuditAction"), "AuditAction"),
        AuditAction::ALL.iter().map(|v| v.code()).collect(),
    );
    let backends = Backend::ALL.map(|b| serde_json::to_value(b).unwrap());
    assert_same(
        "Health.database",
        codes(
            &schema("Health")["properties"]["database"],
            "Health.database",
        ),
        backends.iter().map(|v| v.as_str().unwrap()).collect(),
    );
}

#[test]
fn the_documented_enums_are_used_where_the_codes_appear() {
    let doc = support::openapi();
    let request = &schema("FeedbackRequest")["properties"];
    assert_eq!(
        request["organisation_type"]["$ref"],
        "#/components/schemas/OrganisationType"
    );
    assert_eq!(request["language"]["$ref"], "#/components/schemas/Language");
    let export = &doc["paths"]["/api/admin/export"]["get"]["parameters"];
    let format = export
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "format")
        .expect("export has a format parameter");
    assert_eq!(
        format["schema"]["$ref"],
        "#/components/schemas/ExportFormat"
    );
    assert_eq!(
        doc["components"]["parameters"]["Status"]["schema"]["$ref"],
        "#/components/schemas/Status"
    );
    assert_eq!(
        schema("AuditEntry")["properties"]["action"]["$ref"],
        "#/components/schemas/AuditAction"
    );
    let item = &schema("ModerationItem")["properties"];
    assert_eq!(item["status"]["$ref"], "#/components/schemas/Status");
    assert_eq!(
        item["organisation_type"]["$ref"],
        "#/components/schemas/OrganisationType"
    );
}
