import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { HostKind } from "../hosts/excel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  readonly hostKind: HostKind;
}

/** The task pane. The guided flow (Data → Rules → Results → Print) is not built yet. */
export function App({ hostKind }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Thi Đua</Title2>
      <Body1>
        {hostKind === "excel"
          ? "Đang chạy trong Excel. / Running in Excel."
          : "Đang chạy ngoài Excel. / Running outside Excel."}
      </Body1>
    </main>
  );
}
