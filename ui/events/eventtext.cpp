#include "events/eventtext.h"

#include "common/validationtext.h"

namespace hookline::ui {

QString EventText::description(const QString &type)
{
    if (type == QLatin1String("verification.started"))
        return tr(
            "A verification session was created and is waiting for the customer's documents.");
    if (type == QLatin1String("verification.completed"))
        return tr("All checks of a verification finished; the result is attached.");
    if (type == QLatin1String("verification.approved"))
        return tr("A verification was approved: the customer's identity is confirmed.");
    if (type == QLatin1String("verification.rejected"))
        return tr("A verification was rejected; the reason codes say why.");
    if (type == QLatin1String("verification.review_required"))
        return tr("A verification needs a manual review before a decision can be made.");
    if (type == QLatin1String("verification.resubmission_requested"))
        return tr("The customer was asked to submit a document or selfie again.");
    if (type == QLatin1String("verification.expired"))
        return tr("A verification session expired before the customer completed it.");
    if (type == QLatin1String("identity_document.submitted"))
        return tr("The customer uploaded an identity document; analysis has not started yet.");
    if (type == QLatin1String("identity_document.analyzed"))
        return tr("An identity document was analysed: extracted data, authenticity checks and "
                  "fraud indicators.");
    if (type == QLatin1String("identity_document.approved"))
        return tr("An identity document passed all authenticity checks.");
    if (type == QLatin1String("identity_document.rejected"))
        return tr("An identity document was refused; the rejection reason says why.");
    if (type == QLatin1String("identity_document.expired"))
        return tr("An identity document was refused because it is past its expiry date.");
    if (type == QLatin1String("biometric.liveness_passed"))
        return tr("The liveness check confirmed a real person was present.");
    if (type == QLatin1String("biometric.liveness_failed"))
        return tr("The liveness check failed (spoof attempt or poor capture).");
    if (type == QLatin1String("biometric.face_match_completed"))
        return tr("The selfie was compared with the document photo.");
    if (type == QLatin1String("aml_screening.completed"))
        return tr("An AML screening (sanctions, PEP and adverse media) finished.");
    if (type == QLatin1String("aml_screening.match_found"))
        return tr("An AML screening found possible watchlist matches that need attention.");
    if (type == QLatin1String("aml_screening.cleared"))
        return tr("An AML screening found no matches, or all matches were dismissed.");
    if (type == QLatin1String("customer.created"))
        return tr("A customer record was created.");
    if (type == QLatin1String("customer.updated"))
        return tr("A customer record changed; changed_fields lists what changed.");
    if (type == QLatin1String("customer.deleted"))
        return tr("A customer record and its personal data were deleted.");
    if (type == QLatin1String("dossier.created"))
        return tr("A compliance dossier was opened for a customer.");
    if (type == QLatin1String("dossier.updated"))
        return tr("A compliance dossier changed (new verification, status or risk level).");
    if (type == QLatin1String("decision.approved"))
        return tr("A final onboarding decision approved the customer.");
    if (type == QLatin1String("decision.rejected"))
        return tr("A final onboarding decision rejected the customer.");
    if (type == QLatin1String("webhook.test"))
        return tr("A test ping to check that an endpoint receives and verifies deliveries.");
    return {};
}

QString EventText::deliveryStatus(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::InFlight:
        return tr("Sending");
    case DeliveryStatus::Retrying:
        return tr("Retrying");
    case DeliveryStatus::Succeeded:
        return tr("Succeeded");
    case DeliveryStatus::Held:
        return tr("Held (endpoint paused)");
    case DeliveryStatus::Dead:
        return tr("Dead letter");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString EventText::violation(const QString &reason)
{
    if (reason == QLatin1String("required"))
        return tr("a required field is missing");
    if (reason == QLatin1String("type"))
        return tr("the value has the wrong type");
    if (reason == QLatin1String("enum"))
        return tr("the value is not one of the allowed values");
    if (reason == QLatin1String("const"))
        return tr("the value must be exactly the documented one");
    if (reason == QLatin1String("pattern"))
        return tr("the text does not have the expected format");
    if (reason == QLatin1String("minimum"))
        return tr("the number is too small");
    if (reason == QLatin1String("maximum"))
        return tr("the number is too large");
    if (reason == QLatin1String("min_length"))
        return tr("the text is too short");
    if (reason == QLatin1String("max_length"))
        return tr("the text is too long");
    if (reason == QLatin1String("min_items"))
        return tr("the list has too few items");
    if (reason == QLatin1String("max_items"))
        return tr("the list has too many items");
    if (reason == QLatin1String("unique_items"))
        return tr("the list has duplicates");
    if (reason == QLatin1String("additional_property"))
        return tr("this field is not part of the schema");
    if (reason == QLatin1String("format"))
        return tr("the value does not have the expected format (date, e-mail, …)");
    //: %1 is a machine code of the JSON Schema rule that failed, e.g. "one_of"
    return tr("the value breaks the schema rule “%1”").arg(reason);
}

QString EventText::testRefusal(const EventPublisher::Result &r)
{
    using Code = EventPublisher::Code;
    switch (r.code) {
    case Code::Store:
        if (r.storeError)
            return ValidationText::storeError(*r.storeError);
        break;
    case Code::UnknownEndpoint:
        return tr("The test event was not sent: the endpoint %1 no longer exists.").arg(r.detail);
    case Code::WrongEnvironment:
        return tr("The test event was not sent: the endpoint %1 belongs to the other "
                  "environment.")
            .arg(r.detail);
    case Code::DisabledEndpoint:
        return tr("The test event was not sent: the endpoint %1 is disabled.").arg(r.detail);
    case Code::Ok:
    case Code::InvalidType:
    case Code::InvalidPayload:
    case Code::UnknownType:
    case Code::SchemaViolation:
        break;
    }
    return tr("The test event was not sent (%1).").arg(r.detail);
}

} // namespace hookline::ui
