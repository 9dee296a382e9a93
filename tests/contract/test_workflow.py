"""Stateful property test: chains of real calls through the spec's links.

create order -> pay / authorize session -> get payment, list payments -> get payment,
pay -> submit or resend OTP, create order -> capture or void, create order -> get / terminate ->
get, create order -> refund -> get refund / list refunds -> get refund; the mock is reset before
each run. A refund needs a paid order, which the links cannot promise: its 400 is documented.
"""

from __future__ import annotations

from cashfree_mock import create_app

from .harness import HYPOTHESIS_SETTINGS, load_schema, reset

app = create_app()
schema = load_schema(app)


class PaymentWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        reset(app)


PaymentWorkflow.TestCase.settings = HYPOTHESIS_SETTINGS
TestPaymentWorkflow = PaymentWorkflow.TestCase


def test_links_cover_the_payment_journey() -> None:
    # The workflow walks only as far as the spec's links let it; each is a transition rule.
    rules = {name for name in dir(PaymentWorkflow) if "___200_" in name}
    for rule in [
        "POST_orders___200_PayOrder__POST_orders_sessions",
        "POST_orders___200_AuthorizeSession__POST_orders_sessions_authorize",
        "POST_orders___200_GetPaymentsForOrder__GET_orders_order_id_payments",
        "POST_orders___200_Preauthorization__POST_orders_order_id_authorization",
        "POST_orders_sessions___200_AuthenticatePayment__POST_orders_pay_authenticate_cf_payment_id_",
        "POST_orders_sessions___200_GetPayment__GET_orders_order_id_payments_cf_payment_id_",
        "GET_orders_order_id_payments___200_GetPayment__GET_orders_order_id_payments_cf_payment_id_",
        "POST_orders_sessions_authorize___200_GetPayment__GET_orders_order_id_payments_cf_payment_id_",
        "POST_orders___200_GetOrder__GET_orders_order_id_",
        "POST_orders___200_TerminateOrder__PATCH_orders_order_id_",
        "POST_orders___200_CreateRefund__POST_orders_order_id_refunds",
        "POST_orders___200_GetRefundsForOrder__GET_orders_order_id_refunds",
        "PATCH_orders_order_id___200_GetOrder__GET_orders_order_id_",
        "POST_orders_order_id_refunds___200_GetRefund__GET_orders_order_id_refunds_refund_id_",
        "POST_orders_order_id_refunds___200_GetRefundsForOrder__GET_orders_order_id_refunds",
        "GET_orders_order_id_refunds___200_GetRefund__GET_orders_order_id_refunds_refund_id_",
    ]:
        assert rule in rules
