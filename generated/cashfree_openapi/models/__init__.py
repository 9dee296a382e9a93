"""Contains all the data models used in inputs/outputs"""

from .app import App
from .app_channel import AppChannel
from .app_payment_method import AppPaymentMethod
from .authenticate_action import AuthenticateAction
from .authenticate_payment_entity import AuthenticatePaymentEntity
from .authenticate_payment_request import AuthenticatePaymentRequest
from .authenticate_payment_request_action import AuthenticatePaymentRequestAction
from .authenticate_status import AuthenticateStatus
from .authorization_action import AuthorizationAction
from .authorization_data import AuthorizationData
from .authorization_data_transaction_type import AuthorizationDataTransactionType
from .authorization_details import AuthorizationDetails
from .authorization_status import AuthorizationStatus
from .authorize_order_request import AuthorizeOrderRequest
from .authorize_order_request_action import AuthorizeOrderRequestAction
from .authorize_session_request import AuthorizeSessionRequest
from .banktransfer import Banktransfer
from .banktransfer_channel import BanktransferChannel
from .banktransfer_payment_details import BanktransferPaymentDetails
from .banktransfer_payment_method import BanktransferPaymentMethod
from .card import Card
from .card_bank_name import CardBankName
from .card_channel import CardChannel
from .card_emi import CardEMI
from .card_emi_bank import CardEMIBank
from .card_emi_channel import CardEMIChannel
from .card_emi_payment_details import CardEMIPaymentDetails
from .card_emi_payment_method import CardEMIPaymentMethod
from .card_filters import CardFilters
from .card_filters_entity import CardFiltersEntity
from .card_payment_details import CardPaymentDetails
from .card_payment_method import CardPaymentMethod
from .card_token_type import CardTokenType
from .cardless_emi import CardlessEMI
from .cardless_emi_channel import CardlessEMIChannel
from .cardless_emi_payment_method import CardlessEMIPaymentMethod
from .cardless_emi_provider import CardlessEMIProvider
from .cart_address import CartAddress
from .cart_details import CartDetails
from .cart_details_entity import CartDetailsEntity
from .cart_item import CartItem
from .create_order_request import CreateOrderRequest
from .create_refund_request import CreateRefundRequest
from .customer_details import CustomerDetails
from .customer_details_entity import CustomerDetailsEntity
from .emi_details import EMIDetails
from .error_details import ErrorDetails
from .error_response import ErrorResponse
from .error_type import ErrorType
from .include_exclude_filter import IncludeExcludeFilter
from .include_exclude_filter_action import IncludeExcludeFilterAction
from .include_exclude_filter_entity import IncludeExcludeFilterEntity
from .international_payment import InternationalPayment
from .netbanking import Netbanking
from .netbanking_channel import NetbankingChannel
from .netbanking_payment_details import NetbankingPaymentDetails
from .netbanking_payment_method import NetbankingPaymentMethod
from .order_entity import OrderEntity
from .order_meta import OrderMeta
from .order_meta_entity import OrderMetaEntity
from .order_products import OrderProducts
from .order_products_entity import OrderProductsEntity
from .order_status import OrderStatus
from .order_tags import OrderTags
from .pay_order_data import PayOrderData
from .pay_order_data_payload_type_0 import PayOrderDataPayloadType0
from .pay_order_entity import PayOrderEntity
from .pay_order_request import PayOrderRequest
from .paylater import Paylater
from .paylater_channel import PaylaterChannel
from .paylater_payment_method import PaylaterPaymentMethod
from .paylater_provider import PaylaterProvider
from .payment_action import PaymentAction
from .payment_channel import PaymentChannel
from .payment_entity import PaymentEntity
from .payment_entity_payment_offers_type_0_item import (
    PaymentEntityPaymentOffersType0Item,
)
from .payment_gateway_details import PaymentGatewayDetails
from .payment_group import PaymentGroup
from .payment_method_app_in_payments_entity import PaymentMethodAppInPaymentsEntity
from .payment_method_banktransfer_in_payments_entity import (
    PaymentMethodBanktransferInPaymentsEntity,
)
from .payment_method_card_emi_in_payments_entity import (
    PaymentMethodCardEMIInPaymentsEntity,
)
from .payment_method_card_in_payments_entity import PaymentMethodCardInPaymentsEntity
from .payment_method_cardless_emi_in_payments_entity import (
    PaymentMethodCardlessEMIInPaymentsEntity,
)
from .payment_method_name import PaymentMethodName
from .payment_method_netbanking_in_payments_entity import (
    PaymentMethodNetbankingInPaymentsEntity,
)
from .payment_method_paylater_in_payments_entity import (
    PaymentMethodPaylaterInPaymentsEntity,
)
from .payment_method_upi_in_payments_entity import PaymentMethodUPIInPaymentsEntity
from .payment_methods_filters import PaymentMethodsFilters
from .payment_methods_filters_entity import PaymentMethodsFiltersEntity
from .payment_status import PaymentStatus
from .payment_surcharge import PaymentSurcharge
from .payment_webhook import PaymentWebhook
from .payment_webhook_customer_details import PaymentWebhookCustomerDetails
from .payment_webhook_data import PaymentWebhookData
from .payment_webhook_data_payment_offers_type_0_item import (
    PaymentWebhookDataPaymentOffersType0Item,
)
from .payment_webhook_order import PaymentWebhookOrder
from .payment_webhook_payment import PaymentWebhookPayment
from .payment_webhook_type import PaymentWebhookType
from .product_condition import ProductCondition
from .product_condition_entity import ProductConditionEntity
from .product_feature import ProductFeature
from .product_feature_entity import ProductFeatureEntity
from .provider_payment_details import ProviderPaymentDetails
from .refund_entity import RefundEntity
from .refund_entity_metadata_type_0 import RefundEntityMetadataType0
from .refund_speed import RefundSpeed
from .refund_speed_details import RefundSpeedDetails
from .refund_split import RefundSplit
from .refund_split_entity import RefundSplitEntity
from .refund_split_entity_tags_type_0 import RefundSplitEntityTagsType0
from .refund_split_tags import RefundSplitTags
from .refund_status import RefundStatus
from .refund_type import RefundType
from .refund_webhook import RefundWebhook
from .refund_webhook_data import RefundWebhookData
from .refund_webhook_type import RefundWebhookType
from .terminal import Terminal
from .terminal_data import TerminalData
from .terminate_order_request import TerminateOrderRequest
from .terminate_order_request_order_status import TerminateOrderRequestOrderStatus
from .upi import Upi
from .upi_authorization_window import UpiAuthorizationWindow
from .upi_channel import UpiChannel
from .upi_payment_details import UPIPaymentDetails
from .upi_payment_method import UPIPaymentMethod
from .vendor_split import VendorSplit
from .vendor_split_entity import VendorSplitEntity
from .vendor_split_entity_tags_type_0 import VendorSplitEntityTagsType0
from .vendor_split_tags import VendorSplitTags
from .wallet_provider import WalletProvider

__all__ = (
    "App",
    "AppChannel",
    "AppPaymentMethod",
    "AuthenticateAction",
    "AuthenticatePaymentEntity",
    "AuthenticatePaymentRequest",
    "AuthenticatePaymentRequestAction",
    "AuthenticateStatus",
    "AuthorizationAction",
    "AuthorizationData",
    "AuthorizationDataTransactionType",
    "AuthorizationDetails",
    "AuthorizationStatus",
    "AuthorizeOrderRequest",
    "AuthorizeOrderRequestAction",
    "AuthorizeSessionRequest",
    "Banktransfer",
    "BanktransferChannel",
    "BanktransferPaymentDetails",
    "BanktransferPaymentMethod",
    "Card",
    "CardBankName",
    "CardChannel",
    "CardEMI",
    "CardEMIBank",
    "CardEMIChannel",
    "CardEMIPaymentDetails",
    "CardEMIPaymentMethod",
    "CardFilters",
    "CardFiltersEntity",
    "CardPaymentDetails",
    "CardPaymentMethod",
    "CardTokenType",
    "CardlessEMI",
    "CardlessEMIChannel",
    "CardlessEMIPaymentMethod",
    "CardlessEMIProvider",
    "CartAddress",
    "CartDetails",
    "CartDetailsEntity",
    "CartItem",
    "CreateOrderRequest",
    "CreateRefundRequest",
    "CustomerDetails",
    "CustomerDetailsEntity",
    "EMIDetails",
    "ErrorDetails",
    "ErrorResponse",
    "ErrorType",
    "IncludeExcludeFilter",
    "IncludeExcludeFilterAction",
    "IncludeExcludeFilterEntity",
    "InternationalPayment",
    "Netbanking",
    "NetbankingChannel",
    "NetbankingPaymentDetails",
    "NetbankingPaymentMethod",
    "OrderEntity",
    "OrderMeta",
    "OrderMetaEntity",
    "OrderProducts",
    "OrderProductsEntity",
    "OrderStatus",
    "OrderTags",
    "PayOrderData",
    "PayOrderDataPayloadType0",
    "PayOrderEntity",
    "PayOrderRequest",
    "Paylater",
    "PaylaterChannel",
    "PaylaterPaymentMethod",
    "PaylaterProvider",
    "PaymentAction",
    "PaymentChannel",
    "PaymentEntity",
    "PaymentEntityPaymentOffersType0Item",
    "PaymentGatewayDetails",
    "PaymentGroup",
    "PaymentMethodAppInPaymentsEntity",
    "PaymentMethodBanktransferInPaymentsEntity",
    "PaymentMethodCardEMIInPaymentsEntity",
    "PaymentMethodCardInPaymentsEntity",
    "PaymentMethodCardlessEMIInPaymentsEntity",
    "PaymentMethodName",
    "PaymentMethodNetbankingInPaymentsEntity",
    "PaymentMethodPaylaterInPaymentsEntity",
    "PaymentMethodUPIInPaymentsEntity",
    "PaymentMethodsFilters",
    "PaymentMethodsFiltersEntity",
    "PaymentStatus",
    "PaymentSurcharge",
    "PaymentWebhook",
    "PaymentWebhookCustomerDetails",
    "PaymentWebhookData",
    "PaymentWebhookDataPaymentOffersType0Item",
    "PaymentWebhookOrder",
    "PaymentWebhookPayment",
    "PaymentWebhookType",
    "ProductCondition",
    "ProductConditionEntity",
    "ProductFeature",
    "ProductFeatureEntity",
    "ProviderPaymentDetails",
    "RefundEntity",
    "RefundEntityMetadataType0",
    "RefundSpeed",
    "RefundSpeedDetails",
    "RefundSplit",
    "RefundSplitEntity",
    "RefundSplitEntityTagsType0",
    "RefundSplitTags",
    "RefundStatus",
    "RefundType",
    "RefundWebhook",
    "RefundWebhookData",
    "RefundWebhookType",
    "Terminal",
    "TerminalData",
    "TerminateOrderRequest",
    "TerminateOrderRequestOrderStatus",
    "UPIPaymentDetails",
    "UPIPaymentMethod",
    "Upi",
    "UpiAuthorizationWindow",
    "UpiChannel",
    "VendorSplit",
    "VendorSplitEntity",
    "VendorSplitEntityTagsType0",
    "VendorSplitTags",
    "WalletProvider",
)
