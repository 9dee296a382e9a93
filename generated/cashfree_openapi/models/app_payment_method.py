from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AppPaymentMethod")


@_attrs_define
class AppPaymentMethod:
    """
    Attributes:
        app (App): A wallet app.
    """

    app: App

    def to_dict(self) -> dict[str, Any]:
        app = self.app.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app": app,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app = App.from_dict(d.pop("app"))

        app_payment_method = cls(
            app=app,
        )

        return app_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.app import App
