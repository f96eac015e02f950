import * as React from "react";
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { RagColour } from "../../../domain/metrics/definitions";

const COLOR: Readonly<Record<RagColour, BadgeProps["color"]>> = { Red: "danger", Amber: "warning", Green: "success" };

export interface RagBadgeProps {
  readonly rag: RagColour | null;
  readonly size?: BadgeProps["size"];
}

/** A RAG colour as a badge that also says it in words (never colour alone). */
export function RagBadge({ rag, size = "medium" }: RagBadgeProps): React.JSX.Element {
  return (
    <Badge appearance="filled" size={size} color={rag ? COLOR[rag] : "subtle"} shape="rounded">
      {rag ?? "—"}
    </Badge>
  );
}
