var da=Object.create;var pr=Object.defineProperty;var pa=Object.getOwnPropertyDescriptor;var ma=Object.getOwnPropertyNames;var fa=Object.getPrototypeOf,$a=Object.prototype.hasOwnProperty;var St=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var ha=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of ma(t))!$a.call(e,s)&&s!==r&&pr(e,s,{get:()=>t[s],enumerable:!(n=pa(t,s))||n.enumerable});return e};var xt=(e,t,r)=>(r=e!=null?da(fa(e)):{},ha(t||!e||!e.__esModule?pr(r,"default",{value:e,enumerable:!0}):r,e));var qr=St((Fi,Gr)=>{var Te=1e3,Pe=Te*60,Ne=Pe*60,Re=Ne*24,Ta=Re*7,Pa=Re*365.25;Gr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return Na(e);if(r==="number"&&isFinite(e))return t.long?Fa(e):Oa(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function Na(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*Pa;case"weeks":case"week":case"w":return r*Ta;case"days":case"day":case"d":return r*Re;case"hours":case"hour":case"hrs":case"hr":case"h":return r*Ne;case"minutes":case"minute":case"mins":case"min":case"m":return r*Pe;case"seconds":case"second":case"secs":case"sec":case"s":return r*Te;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Oa(e){var t=Math.abs(e);return t>=Re?Math.round(e/Re)+"d":t>=Ne?Math.round(e/Ne)+"h":t>=Pe?Math.round(e/Pe)+"m":t>=Te?Math.round(e/Te)+"s":e+"ms"}function Fa(e){var t=Math.abs(e);return t>=Re?ut(e,t,Re,"day"):t>=Ne?ut(e,t,Ne,"hour"):t>=Pe?ut(e,t,Pe,"minute"):t>=Te?ut(e,t,Te,"second"):e+" ms"}function ut(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var jr=St((Li,Kr)=>{function La(e){r.debug=r,r.default=r,r.coerce=c,r.disable=i,r.enable=s,r.enabled=m,r.humanize=qr(),r.destroy=l,Object.keys(e).forEach(p=>{r[p]=e[p]}),r.names=[],r.skips=[],r.formatters={};function t(p){let d=0;for(let f=0;f<p.length;f++)d=(d<<5)-d+p.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(p){let d,f=null,$,v;function h(..._){if(!h.enabled)return;let w=h,R=Number(new Date),B=R-(d||R);w.diff=B,w.prev=d,w.curr=R,d=R,_[0]=r.coerce(_[0]),typeof _[0]!="string"&&_.unshift("%O");let S=0;_[0]=_[0].replace(/%([a-zA-Z%])/g,(C,E)=>{if(C==="%%")return"%";S++;let ee=r.formatters[E];if(typeof ee=="function"){let ne=_[S];C=ee.call(w,ne),_.splice(S,1),S--}return C}),r.formatArgs.call(w,_),(w.log||r.log).apply(w,_)}return h.namespace=p,h.useColors=r.useColors(),h.color=r.selectColor(p),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,v=r.enabled(p)),v),set:_=>{f=_}}),typeof r.init=="function"&&r.init(h),h}function n(p,d){let f=r(this.namespace+(typeof d>"u"?":":d)+p);return f.log=this.log,f}function s(p){r.save(p),r.namespaces=p,r.names=[],r.skips=[];let d=(typeof p=="string"?p:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(p,d){let f=0,$=0,v=-1,h=0;for(;f<p.length;)if($<d.length&&(d[$]===p[f]||d[$]==="*"))d[$]==="*"?(v=$,h=f,$++):(f++,$++);else if(v!==-1)$=v+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function i(){let p=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),p}function m(p){for(let d of r.skips)if(o(p,d))return!1;for(let d of r.names)if(o(p,d))return!0;return!1}function c(p){return p instanceof Error?p.stack||p.message:p}function l(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}Kr.exports=La});var pt=St((te,dt)=>{te.formatArgs=Ma;te.save=Ha;te.load=Wa;te.useColors=Ua;te.storage=Va();te.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();te.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Ua(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function Ma(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+dt.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}te.log=console.debug||console.log||(()=>{});function Ha(e){try{e?te.storage.setItem("debug",e):te.storage.removeItem("debug")}catch{}}function Wa(){let e;try{e=te.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function Va(){try{return localStorage}catch{}}dt.exports=jr()(te);var{formatters:Ba}=dt.exports;Ba.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var at,A,hr,va,be,mr,vr,gr,_r,Pt,Dt,It,yr,We={},wr=[],ga=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ve=Array.isArray;function fe(e,t){for(var r in t)e[r]=t[r];return e}function Nt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function $e(e,t,r){var n,s,o,i={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?at.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return rt(e,i,n,s,null)}function rt(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++hr,__i:-1,__u:0};return s==null&&A.vnode!=null&&A.vnode(o),o}function ge(e){return e.children}function ae(e,t){this.props=e,this.context=t}function Ie(e,t){if(t==null)return e.__?Ie(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ie(e):null}function br(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return br(e)}}function kt(e){(!e.__d&&(e.__d=!0)&&be.push(e)&&!nt.__r++||mr!=A.debounceRendering)&&((mr=A.debounceRendering)||vr)(nt)}function nt(){for(var e,t,r,n,s,o,i,m=1;be.length;)be.length>m&&be.sort(gr),e=be.shift(),m=be.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],i=[],t.__P&&((r=fe({},n)).__v=n.__v+1,A.vnode&&A.vnode(r),Ot(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Ie(n),!!(32&n.__u),i),r.__v=n.__v,r.__.__k[r.__i]=r,Cr(o,r,i),n.__e=n.__=null,r.__e!=s&&br(r)));nt.__r=0}function Er(e,t,r,n,s,o,i,m,c,l,p){var d,f,$,v,h,_,w,R=n&&n.__k||wr,B=t.length;for(c=_a(r,t,R,c,B),d=0;d<B;d++)($=r.__k[d])!=null&&(f=$.__i==-1?We:R[$.__i]||We,$.__i=d,_=Ot(e,$,f,s,o,i,m,c,l,p),v=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Ft(f.ref,null,$),p.push($.ref,$.__c||v,$)),h==null&&v!=null&&(h=v),(w=!!(4&$.__u))||f.__k===$.__k?c=Rr($,c,e,w):typeof $.type=="function"&&_!==void 0?c=_:v&&(c=v.nextSibling),$.__u&=-7);return r.__e=h,c}function _a(e,t,r,n,s){var o,i,m,c,l,p=r.length,d=p,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(c=o+f,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?rt(null,i,null,null,null):Ve(i)?rt(ge,{children:i},null,null,null):i.constructor==null&&i.__b>0?rt(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,m=null,(l=i.__i=ya(i,r,c,d))!=-1&&(d--,(m=r[l])&&(m.__u|=2)),m==null||m.__v==null?(l==-1&&(s>p?f--:s<p&&f++),typeof i.type!="function"&&(i.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,i.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<p;o++)(m=r[o])!=null&&(2&m.__u)==0&&(m.__e==n&&(n=Ie(m)),Sr(m,m));return n}function Rr(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=Rr(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Ie(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Be(e,t){return t=t||[],e==null||typeof e=="boolean"||(Ve(e)?e.some(function(r){Be(r,t)}):t.push(e)),t}function ya(e,t,r,n){var s,o,i,m=e.key,c=e.type,l=t[r],p=l!=null&&(2&l.__u)==0;if(l===null&&e.key==null||p&&m==l.key&&c==l.type)return r;if(n>(p?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((l=t[i=s>=0?s--:o++])!=null&&(2&l.__u)==0&&m==l.key&&c==l.type)return i}return-1}function fr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||ga.test(t)?r:r+"px"}function tt(e,t,r,n,s){var o,i;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||fr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||fr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(_r,"$1")),i=t.toLowerCase(),t=i in e||t=="onFocusOut"||t=="onFocusIn"?i.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=Pt,e.addEventListener(t,o?It:Dt,o)):e.removeEventListener(t,o?It:Dt,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function $r(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=Pt++;else if(t.t<r.u)return;return r(A.event?A.event(t):t)}}}function Ot(e,t,r,n,s,o,i,m,c,l){var p,d,f,$,v,h,_,w,R,B,S,N,C,E,ee,ne,At,ce=t.type;if(t.constructor!=null)return null;128&r.__u&&(c=!!(32&r.__u),o=[m=t.__e=r.__e]),(p=A.__b)&&p(t);e:if(typeof ce=="function")try{if(w=t.props,R="prototype"in ce&&ce.prototype.render,B=(p=ce.contextType)&&n[p.__c],S=p?B?B.props.value:p.__:n,r.__c?_=(d=t.__c=r.__c).__=d.__E:(R?t.__c=d=new ce(w,S):(t.__c=d=new ae(w,S),d.constructor=ce,d.render=ba),B&&B.sub(d),d.props=w,d.state||(d.state={}),d.context=S,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),R&&d.__s==null&&(d.__s=d.state),R&&ce.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=fe({},d.__s)),fe(d.__s,ce.getDerivedStateFromProps(w,d.__s))),$=d.props,v=d.state,d.__v=t,f)R&&ce.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),R&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(R&&ce.getDerivedStateFromProps==null&&w!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(w,S),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(w,d.__s,S)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=w,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(De){De&&(De.__=t)}),N=0;N<d._sb.length;N++)d.__h.push(d._sb[N]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(w,d.__s,S),R&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,v,h)})}if(d.context=S,d.props=w,d.__P=e,d.__e=!1,C=A.__r,E=0,R){for(d.state=d.__s,d.__d=!1,C&&C(t),p=d.render(d.props,d.state,d.context),ee=0;ee<d._sb.length;ee++)d.__h.push(d._sb[ee]);d._sb=[]}else do d.__d=!1,C&&C(t),p=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++E<25);d.state=d.__s,d.getChildContext!=null&&(n=fe(fe({},n),d.getChildContext())),R&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,v)),ne=p,p!=null&&p.type===ge&&p.key==null&&(ne=Ar(p.props.children)),m=Er(e,Ve(ne)?ne:[ne],t,r,n,s,o,i,m,c,l),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),_&&(d.__E=d.__=null)}catch(De){if(t.__v=null,c||o!=null)if(De.then){for(t.__u|=c?160:128;m&&m.nodeType==8&&m.nextSibling;)m=m.nextSibling;o[o.indexOf(m)]=null,t.__e=m}else{for(At=o.length;At--;)Nt(o[At]);Tt(t)}else t.__e=r.__e,t.__k=r.__k,De.then||Tt(t);A.__e(De,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):m=t.__e=wa(r.__e,t,r,n,s,o,i,c,l);return(p=A.diffed)&&p(t),128&t.__u?void 0:m}function Tt(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Tt)}function Cr(e,t,r){for(var n=0;n<r.length;n++)Ft(r[n],r[++n],r[++n]);A.__c&&A.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){A.__e(o,s.__v)}})}function Ar(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ve(e)?e.map(Ar):fe({},e)}function wa(e,t,r,n,s,o,i,m,c){var l,p,d,f,$,v,h,_=r.props,w=t.props,R=t.type;if(R=="svg"?s="http://www.w3.org/2000/svg":R=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(l=0;l<o.length;l++)if(($=o[l])&&"setAttribute"in $==!!R&&(R?$.localName==R:$.nodeType==3)){e=$,o[l]=null;break}}if(e==null){if(R==null)return document.createTextNode(w);e=document.createElementNS(s,R,w.is&&w),m&&(A.__m&&A.__m(t,o),m=!1),o=null}if(R==null)_===w||m&&e.data==w||(e.data=w);else{if(o=o&&at.call(e.childNodes),_=r.props||We,!m&&o!=null)for(_={},l=0;l<e.attributes.length;l++)_[($=e.attributes[l]).name]=$.value;for(l in _)if($=_[l],l!="children"){if(l=="dangerouslySetInnerHTML")d=$;else if(!(l in w)){if(l=="value"&&"defaultValue"in w||l=="checked"&&"defaultChecked"in w)continue;tt(e,l,null,$,s)}}for(l in w)$=w[l],l=="children"?f=$:l=="dangerouslySetInnerHTML"?p=$:l=="value"?v=$:l=="checked"?h=$:m&&typeof $!="function"||_[l]===$||tt(e,l,$,_[l],s);if(p)m||d&&(p.__html==d.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(d&&(e.innerHTML=""),Er(t.type=="template"?e.content:e,Ve(f)?f:[f],t,r,n,R=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,i,o?o[0]:r.__k&&Ie(r,0),m,c),o!=null)for(l=o.length;l--;)Nt(o[l]);m||(l="value",R=="progress"&&v==null?e.removeAttribute("value"):v!=null&&(v!==e[l]||R=="progress"&&!v||R=="option"&&v!=_[l])&&tt(e,l,v,_[l],s),l="checked",h!=null&&h!=e[l]&&tt(e,l,h,_[l],s))}return e}function Ft(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){A.__e(s,r)}}function Sr(e,t,r){var n,s;if(A.unmount&&A.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Ft(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){A.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Sr(n[s],t,r||typeof e.type!="function");r||Nt(e.__e),e.__c=e.__=e.__e=void 0}function ba(e,t,r){return this.constructor(e,r)}function Lt(e,t,r){var n,s,o,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],i=[],Ot(t,e=(!n&&r||t).__k=$e(ge,null,[e]),s||We,We,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?at.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,i),Cr(o,e,i)}function ke(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(i){i.__e=!0,kt(i)})},this.sub=function(o){n.add(o);var i=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),i&&i.call(o)}}),r.children}return t.__c="__cC"+yr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}at=wr.slice,A={__e:function(e,t,r,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),i=s.__d),i)return s.__E=s}catch(m){e=m}throw e}},hr=0,va=function(e){return e!=null&&e.constructor==null},ae.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=fe({},this.state),typeof e=="function"&&(e=e(fe({},r),this.props)),e&&fe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),kt(this))},ae.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),kt(this))},ae.prototype.render=ge,be=[],vr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,gr=function(e,t){return e.__v.__b-t.__v.__b},nt.__r=0,_r=/(PointerCapture)$|Capture$/i,Pt=0,Dt=$r(!1),It=$r(!0),yr=0;var Ee,V,Ut,xr,Ge=0,Fr=[],G=A,Dr=G.__b,Ir=G.__r,kr=G.diffed,Tr=G.__c,Pr=G.unmount,Nr=G.__;function qe(e,t){G.__h&&G.__h(V,e,Ge||t),Ge=0;var r=V.__H||(V.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function y(e){return Ge=1,Lr(Ur,e)}function Lr(e,t,r){var n=qe(Ee++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):Ur(void 0,t),function(m){var c=n.__N?n.__N[0]:n.__[0],l=n.t(c,m);c!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=V,!V.__f)){var s=function(m,c,l){if(!n.__c.__H)return!0;var p=n.__c.__H.__.filter(function(f){return!!f.__c});if(p.every(function(f){return!f.__N}))return!o||o.call(this,m,c,l);var d=n.__c.props!==m;return p.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,m,c,l)||d};V.__f=!0;var o=V.shouldComponentUpdate,i=V.componentWillUpdate;V.componentWillUpdate=function(m,c,l){if(this.__e){var p=o;o=void 0,s(m,c,l),o=p}i&&i.call(this,m,c,l)},V.shouldComponentUpdate=s}return n.__N||n.__}function q(e,t){var r=qe(Ee++,3);!G.__s&&Wt(r.__H,t)&&(r.__=e,r.u=t,V.__H.__h.push(r))}function Ht(e,t){var r=qe(Ee++,4);!G.__s&&Wt(r.__H,t)&&(r.__=e,r.u=t,V.__h.push(r))}function he(e){return Ge=5,ue(function(){return{current:e}},[])}function ue(e,t){var r=qe(Ee++,7);return Wt(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ot(e,t){return Ge=8,ue(function(){return e},t)}function it(e){var t=V.context[e.__c],r=qe(Ee++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(V)),t.props.value):e.__}function Ea(){for(var e;e=Fr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(st),e.__H.__h.forEach(Mt),e.__H.__h=[]}catch(t){e.__H.__h=[],G.__e(t,e.__v)}}G.__b=function(e){V=null,Dr&&Dr(e)},G.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Nr&&Nr(e,t)},G.__r=function(e){Ir&&Ir(e),Ee=0;var t=(V=e.__c).__H;t&&(Ut===V?(t.__h=[],V.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(st),t.__h.forEach(Mt),t.__h=[],Ee=0)),Ut=V},G.diffed=function(e){kr&&kr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Fr.push(t)!==1&&xr===G.requestAnimationFrame||((xr=G.requestAnimationFrame)||Ra)(Ea)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Ut=V=null},G.__c=function(e,t){t.some(function(r){try{r.__h.forEach(st),r.__h=r.__h.filter(function(n){return!n.__||Mt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],G.__e(n,r.__v)}}),Tr&&Tr(e,t)},G.unmount=function(e){Pr&&Pr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{st(n)}catch(s){t=s}}),r.__H=void 0,t&&G.__e(t,r.__v))};var Or=typeof requestAnimationFrame=="function";function Ra(e){var t,r=function(){clearTimeout(n),Or&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Or&&(t=requestAnimationFrame(r))}function st(e){var t=V,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),V=t}function Mt(e){var t=V;e.__c=e.__(),V=t}function Wt(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function Ur(e,t){return typeof t=="function"?t(e):t}var de=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},Ca=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function Mr(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},i=t();i&&(o.Authorization=`Bearer ${i}`);let m;try{m=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(l){throw new de("network",String(l.message||l))}let c;try{c=await m.json()}catch{throw new de("network",`HTTP ${m.status}`)}if(c.errors&&c.errors.length){let l=c.errors[0],p=l.extensions||{},d=p.exception&&p.exception.code||p.code;throw d==="PermissionDenied"?new de("permission",l.message):Ca.has(d)?new de("auth",l.message):new de("query",l.message,p.field||null)}return c.data}}async function lt(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var O="errors { field code message }";var Aa=new TextEncoder,ct=new TextDecoder,Ri=2**32;var Sa=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Hr=e=>{let t=e;t instanceof Uint8Array&&(t=ct.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return Sa(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var Y=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};Y.code="ERR_JOSE_GENERIC";var Vt=class extends Y{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Vt.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var Bt=class extends Y{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};Bt.code="ERR_JWT_EXPIRED";var Gt=class extends Y{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Gt.code="ERR_JOSE_ALG_NOT_ALLOWED";var qt=class extends Y{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};qt.code="ERR_JOSE_NOT_SUPPORTED";var Kt=class extends Y{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Kt.code="ERR_JWE_DECRYPTION_FAILED";var jt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};jt.code="ERR_JWE_INVALID";var Jt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Jt.code="ERR_JWS_INVALID";var se=class extends Y{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};se.code="ERR_JWT_INVALID";var zt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};zt.code="ERR_JWK_INVALID";var Qt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};Qt.code="ERR_JWKS_INVALID";var Yt=class extends Y{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};Yt.code="ERR_JWKS_NO_MATCHING_KEY";var Xt=class extends Y{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};Xt.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var Zt=class extends Y{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};Zt.code="ERR_JWKS_TIMEOUT";var er=class extends Y{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};er.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function Ia(e){return typeof e=="object"&&e!==null}function tr(e){if(!Ia(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Wr=Hr;function Ke(e){if(typeof e!="string")throw new se("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new se("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new se("Invalid JWT");if(!t)throw new se("JWTs must contain a payload");let n;try{n=Wr(t)}catch{throw new se("Failed to base64url decode the payload")}let s;try{s=JSON.parse(ct.decode(n))}catch{throw new se("Failed to parse the decoded payload as JSON")}if(!tr(s))throw new se("Invalid JWT Claims Set");return s}var Br=e=>{let t=Ke(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var pn=xt(pt(),1);var fn=xt(pt(),1);function qa(e,t){for(var r in t)e[r]=t[r];return e}function Jr(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function zr(e,t){this.props=e,this.context=t}(zr.prototype=new ae).isPureReactComponent=!0,zr.prototype.shouldComponentUpdate=function(e,t){return Jr(this.props,e)||Jr(this.state,t)};var Qr=A.__b;A.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),Qr&&Qr(e)};var qi=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var Ka=A.__e;A.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}Ka(e,t,r,n)};var Yr=A.unmount;function nn(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=qa({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return nn(n,t,r)})),e}function an(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return an(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function rr(){this.__u=0,this.o=null,this.__b=null}function sn(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function mt(){this.i=null,this.l=null}A.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),Yr&&Yr(e)},(rr.prototype=new ae).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=sn(n.__v),o=!1,i=function(){o||(o=!0,r.__R=null,s?s(m):m())};r.__R=i;var m=function(){if(!--n.__u){if(n.state.__a){var c=n.state.__a;n.__v.__k[0]=an(c,c.__c.__P,c.__c.__O)}var l;for(n.setState({__a:n.__b=null});l=n.o.pop();)l.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(i,i)},rr.prototype.componentWillUnmount=function(){this.o=[]},rr.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=nn(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&$e(ge,null,e.fallback);return s&&(s.__u&=-33),[$e(ge,null,t.__a?null:e.children),s]};var Xr=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(mt.prototype=new ae).__a=function(e){var t=this,r=sn(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),Xr(t,e,n)):s()};r?r(o):o()}},mt.prototype.render=function(e){this.i=null,this.l=new Map;var t=Be(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},mt.prototype.componentDidUpdate=mt.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){Xr(e,r,t)})};var ja=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,Ja=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,za=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,Qa=/[A-Z0-9]/g,Ya=typeof document<"u",Xa=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};ae.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(ae.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var Zr=A.event;function Za(){}function es(){return this.cancelBubble}function ts(){return this.defaultPrevented}A.event=function(e){return Zr&&(e=Zr(e)),e.persist=Za,e.isPropagationStopped=es,e.isDefaultPrevented=ts,e.nativeEvent=e};var on,rs={enumerable:!1,configurable:!0,get:function(){return this.class}},en=A.vnode;A.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var i in r){var m=r[i];if(!(i==="value"&&"defaultValue"in r&&m==null||Ya&&i==="children"&&n==="noscript"||i==="class"||i==="className")){var c=i.toLowerCase();i==="defaultValue"&&"value"in r&&r.value==null?i="value":i==="download"&&m===!0?m="":c==="translate"&&m==="no"?m=!1:c[0]==="o"&&c[1]==="n"?c==="ondoubleclick"?i="ondblclick":c!=="onchange"||n!=="input"&&n!=="textarea"||Xa(r.type)?c==="onfocus"?i="onfocusin":c==="onblur"?i="onfocusout":za.test(i)&&(i=c):c=i="oninput":o&&Ja.test(i)?i=i.replace(Qa,"-$&").toLowerCase():m===null&&(m=void 0),c==="oninput"&&s[i=c]&&(i="oninputCapture"),s[i]=m}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=Be(r.children).forEach(function(l){l.props.selected=s.value.indexOf(l.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=Be(r.children).forEach(function(l){l.props.selected=s.multiple?s.defaultValue.indexOf(l.props.value)!=-1:s.defaultValue==l.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",rs)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=ja,en&&en(e)};var tn=A.__r;A.__r=function(e){tn&&tn(e),on=e.__c};var rn=A.diffed;A.diffed=function(e){rn&&rn(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),on=null};var un="formPayloadUpdate",dn="formPayload",ve,je=(ve=class{static serialize(t){let r=JSON.stringify(t);if(r.length>ve.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${ve.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},ve.urlKey="appParams",ve.maxParamsLength=2048,ve);function ie(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function ns(e){return ie({payload:e,type:"redirect"})}function as(e){return ie({type:"notification",payload:e})}function ss(e){return ie({type:"updateRouting",payload:e})}function os(){return ie({type:"notifyReady",payload:{}})}function is(e,t){return ie({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function ls(){return ie({type:"popupClose",payload:{}})}var cs="WidgetResize height must be a positive, finite number.";function us(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(cs)}function ds(e){return us(e.height),ie({type:"widgetResize",payload:{height:e.height}})}function ps(){return ie({type:"refreshEntity",payload:{}})}var ms="OpenPopup extensionIdentifier must be a non-empty string.";function fs(e){if(typeof e!="string"||e.trim()==="")throw new Error(ms)}function $s(e){return fs(e.extensionIdentifier),ie({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:je.serialize(e.params)}})}var hs="RedirectToApp appIdentifier must be a non-empty string.";function vs(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(hs);return ie({type:"redirectToApp",payload:e})}function gs(e){return ie({type:un,payload:e})}var ft={Redirect:ns,Notification:as,UpdateRouting:ss,NotifyReady:os,RequestPermissions:is,FormPayloadUpdate:gs,PopupClose:ls,WidgetResize:ds,RefreshEntity:ps,OpenPopup:$s,RedirectToApp:vs},Je={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},oe={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:dn};var _s=e=>Ke(e).permissions,ys=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},mn=typeof window>"u",ws=1e4,K=pn.default.debug("app-sdk:AppBridge");function bs(e,t){switch(t.type){case oe.handshake:{let r=Br(t.payload.token),n=_s(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case oe.redirect:return{...e,path:t.payload.path};case oe.theme:return{...e,theme:t.payload.theme};case oe.localeChanged:return{...e,locale:t.payload.locale};case oe.tokenRefresh:return{...e,token:t.payload.token};case oe.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case oe.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var cn=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),Es=()=>new URL(window.location.href).searchParams.get(Je.LOCALE)||void 0,Rs=()=>new URL(window.location.href).searchParams.get(Je.SALEOR_API_URL)||"",Cs=()=>{let e=new URL(window.location.href).searchParams.get(Je.THEME);switch(e){case"dark":case"light":return e;default:return}},As=()=>{let e=new URL(window.location.href).searchParams.get(je.urlKey);if(e)try{return je.parse(e)}catch(t){console.warn(`Failed to parse "${je.urlKey}" param from iframe url`,t);return}},Ss=()=>({saleorApiUrl:Rs(),initialLocale:Es()??"en",autoNotifyReady:!0,initialTheme:Cs()??void 0}),$t=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=cn(),this.combinedOptions=Ss(),K("Constructor called with options: %j",e),mn)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new ys({initialLocale:this.combinedOptions.initialLocale}),K("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||K("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){K("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{K("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(K("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(K("unsubscribeAll called without argument"),this.subscribeMap=cn())}async dispatch(e){return K("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){K("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}K("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(oe.response,({actionId:o,ok:i})=>{K("Subscribing to %s with action id: %s and status 'ok' is: %s",oe.response,o,i),e.payload.actionId===o&&(K("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),i?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},ws)})}getState(){return K("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(ft.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){K("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Je.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:As()};K("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){K("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(K("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){K("Origin from message doesn't match refererOrigin. Function will return now");return}let r=bs(this.state.getState(),t);K("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;oe[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{K("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},Qi=fn.default.debug("app-sdk:AppBridgeProvider"),xs=ke({appBridge:void 0,mounted:!1});var $n=xt(pt(),1);var vl=$n.default.debug("app-sdk:AppBridge:useDashboardToken");var ar="saleor-referrals-console-token";function sr(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var nr=null;function or(){return!nr&&sr()&&(nr=new $t({autoNotifyReady:!0})),nr}function hn(e){let t=or()||new $t({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var vn=()=>sessionStorage.getItem(ar),ir=e=>e?sessionStorage.setItem(ar,e):sessionStorage.removeItem(ar),gn=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function _n(e,t){!e||!(t>0)||e.dispatch(ft.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var ht={"exports.rows.one":"{count} row","exports.rows.other":"{count} rows","contests.entrants.one":"{count} entrant","contests.entrants.other":"{count} entrants","tiers.deleted.one":"Tier deleted; {count} member moved.","tiers.deleted.other":"Tier deleted; {count} members moved.","perk.multiplier":"×{value} reward","perk.fixed":"{amount} reward","perk.entry":"{amount} on entering","perk.discount":"{percent} member discount","perk.earlyAccess":"early access to {count} collections","perk.earlyAccess.one":"early access to {count} collection","review.confirmApprove":"Approve this referral?","review.confirmReject":"Reject this referral?","review.confirmText":"{friend}, referred by {advocate}. The reason is recorded in the referral's history.","review.reasonRequired":"Give a reason.","review.confirm":"Confirm","status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} ({linkOrders} orders through a visit, of {visits} visits) · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},yn={"exports.rows.other":"{count} ردیف","contests.entrants.other":"{count} شرکت‌کننده","tiers.deleted.other":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","perk.multiplier":"پاداش ×{value}","perk.fixed":"پاداش {amount}","perk.entry":"{amount} هنگام ورود","perk.discount":"{percent} تخفیف اعضا","perk.earlyAccess":"دسترسی زودهنگام به {count} مجموعه","review.confirmApprove":"این معرفی تأیید شود؟","review.confirmReject":"این معرفی رد شود؟","review.confirmText":"{friend}، معرفی‌شده توسط {advocate}. دلیل در تاریخچهٔ معرفی ثبت می‌شود.","review.reasonRequired":"دلیل را بنویسید.","review.confirm":"تأیید","status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder} ({linkOrders} سفارش از راه بازدید، از {visits} بازدید)، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},wn={"exports.rows.zero":"لا صفوف","exports.rows.one":"صف واحد","exports.rows.two":"صفّان","exports.rows.few":"{count} صفوف","exports.rows.many":"{count} صفًا","exports.rows.other":"{count} صف","contests.entrants.zero":"لا مشاركين","contests.entrants.one":"مشارك واحد","contests.entrants.two":"مشاركان","contests.entrants.few":"{count} مشاركين","contests.entrants.many":"{count} مشاركًا","contests.entrants.other":"{count} مشارك","tiers.deleted.zero":"تم حذف المستوى؛ لم يُنقل أي عضو.","tiers.deleted.one":"تم حذف المستوى؛ نُقل عضو واحد.","tiers.deleted.two":"تم حذف المستوى؛ نُقل عضوان.","tiers.deleted.few":"تم حذف المستوى؛ نُقل {count} أعضاء.","tiers.deleted.many":"تم حذف المستوى؛ نُقل {count} عضوًا.","tiers.deleted.other":"تم حذف المستوى؛ نُقل {count} عضو.","perk.multiplier":"مكافأة ×{value}","perk.fixed":"مكافأة {amount}","perk.entry":"{amount} عند الدخول","perk.discount":"خصم الأعضاء {percent}","perk.earlyAccess":"وصول مبكر إلى {count} مجموعات","review.confirmApprove":"الموافقة على هذه الإحالة؟","review.confirmReject":"رفض هذه الإحالة؟","review.confirmText":"{friend}، بإحالة من {advocate}. يُسجَّل السبب في سجل الإحالة.","review.reasonRequired":"اذكر السبب.","review.confirm":"تأكيد","status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder} ({linkOrders} طلبات بعد زيارة، من {visits} زيارات)، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[yn,wn])e["language.en"]=ht["language.en"],e["language.fa"]=ht["language.fa"],e["language.ar"]=ht["language.ar"];var ze={en:ht,fa:yn,ar:wn};var lr=["en","fa","ar"],bn={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},_e="en";function vt(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(lr.includes(r))return r}return"en"}function En(e){_e=vt(e),document.documentElement.lang=_e,document.documentElement.dir=Qe()}var re=()=>_e,Qe=()=>_e==="en"?"ltr":"rtl",Ce=()=>bn[_e],Oe=()=>Qe()==="rtl"?"←":"→";function Ds(e,t){if(typeof t!="number")return e;let r=new Intl.PluralRules(bn[_e]).select(t),n=ze[_e];return`${e}.${r}`in n?`${e}.${r}`:`${e}.other`in n?`${e}.other`:e}function a(e,t={}){let r=Ds(e,t.count);return(ze[_e][r]??ze.en[r]??ze.en[e]??e).replace(/\{(\w+)\}/g,(s,o)=>typeof t[o]=="number"?T(t[o]):String(t[o]??""))}var x=(e,t)=>a(`${e}.${t}`),T=(e,t={})=>new Intl.NumberFormat(Ce(),t).format(e);function I(e){if(!e)return"—";try{return new Intl.NumberFormat(Ce(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${T(e.amount)} ${e.currency}`}}var Rn=e=>new Intl.NumberFormat(Ce(),{notation:"compact",maximumFractionDigits:1}).format(e),le=e=>new Intl.NumberFormat(Ce(),{style:"percent",maximumFractionDigits:1}).format(e),Cn=e=>new Intl.DateTimeFormat(Ce(),{dateStyle:"medium"}).format(new Date(e)),An=e=>new Intl.DateTimeFormat(Ce(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),Sn=e=>new Intl.DateTimeFormat(Ce(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var Is=["channel","lang"];function xn(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let c of Is)r.get(c)&&t.set(c,r.get(c));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(c,l={}){let p=new URLSearchParams(t);for(let[f,$]of Object.entries(l))$!=null&&$!==""&&p.set(f,$);let d=p.toString();return e+(c==="overview"?"":c)+(d?`?${d}`:"")}let o=new Set;function i(c,l){history.pushState(null,"",s(c,l)),o.forEach(p=>p())}addEventListener("popstate",()=>o.forEach(c=>c()));function m(){let[c,l]=y(n);return q(()=>{let p=()=>l(n());return o.add(p),()=>o.delete(p)},[]),c}return{href:s,navigate:i,useRoute:m}}var In=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],m=t[o]?(t[0]|=i?1:2,r[t[o++]]):t[++o];i===3?n[0]=m:i===4?n[1]=Object.assign(n[1]||{},m):i===5?(n[1]=n[1]||{})[t[++o]]=m:i===6?n[1][t[++o]]+=m+"":i?(s=e.apply(m,In(e,m,r,["",null])),n.push(s),m[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(m)}return n},Dn=new Map;function kn(e){var t=Dn.get(this);return t||(t=new Map,Dn.set(this,t)),(t=In(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,i="",m="",c=[0],l=function(f){o===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,f,i):o===3&&(f||i)?(c.push(3,f,i),o=2):o===2&&i==="..."&&f?c.push(4,f,0):o===2&&i&&!f?c.push(5,0,!0,i):o>=5&&((i||!f&&o===5)&&(c.push(o,0,i,s),o=6),f&&(c.push(o,f,0,s),o=6)),i=""},p=0;p<r.length;p++){p&&(o===1&&l(),l(p));for(var d=0;d<r[p].length;d++)n=r[p][d],o===1?n==="<"?(l(),c=[c],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:m?n===m?m="":i+=n:n==='"'||n==="'"?m=n:n===">"?(l(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||r[p][d+1]===">")?(l(),o===3&&(c=c[0]),o=c,(c=c[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),o=2):i+=n),o===3&&i==="!--"&&(o=4,c=c[0])}return l(),c})(e)),t),arguments,[])).length>1?t:t[0]}var u=kn.bind($e),gt=ke(null),D=()=>it(gt);function M(e,t,r=[]){let n=D(),[s,o]=y({loading:!0,data:null,error:null}),[i,m]=y(0);q(()=>{let l=!0;return o(p=>({...p,loading:!0})),n.gql(e,t).then(p=>l&&o({loading:!1,data:p,error:null}),p=>{l&&(p instanceof de&&p.kind!=="query"&&n.onApiError(p),o({loading:!1,data:null,error:p}))}),()=>{l=!1}},[...r,i,n.channel]);let c=ot(()=>m(l=>l+1),[]);return{...s,reload:c}}function F(e,t){let r=D(),[n,s]=y([]),[o,i]=y(!1);async function m(c){i(!0);try{let{payload:l,errors:p}=await lt(r.gql,e,c,t);return s(p),p.length?null:l}catch(l){return l instanceof de&&l.kind!=="query"&&r.onApiError(l),s([{field:l.field||null,code:"INVALID",message:l.message}]),null}finally{i(!1)}}return{run:m,errors:n,setErrors:s,busy:o}}var Tn=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),ks=(e,t)=>e.filter(r=>Tn(r.field,t));function g({label:e,name:t,errors:r=[],hint:n,children:s}){let o=ks(r,t);return u`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&u`<small class="hint">${n}</small>`}
    ${o.map(i=>u`<p class="field-error" role="alert" data-code=${i.code}>${i.message}</p>`)}
  </div>`}function W({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>Tn(n.field,s)));return r.length?u`<div class="form-errors" role="alert">
    ${r.map(n=>u`<p class="field-error" data-code=${n.code}>
          ${n.field?u`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function b({name:e,value:t,set:r,type:n="text",...s}){return u`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function ye({name:e,value:t,set:r,text:n}){return u`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function Q({name:e,value:t,set:r,options:n}){return u`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>u`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function j(e){let[t,r]=y(e);return{values:t,set:(s,o)=>r(i=>({...i,[s]:o})),setValues:r}}var J=e=>e===""||e===null||e===void 0?null:Number(e),pe=e=>e===""||e===null||e===void 0?null:parseInt(e,10),z=e=>e?new Date(e).toISOString():null;function me(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function H(){return u`<p class="muted loading">${a("loading")}</p>`}function L({error:e}){return e?u`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function we({value:e}){return e?u`<span class="num">${I(e)}</span>`:u`<span class="muted">—</span>`}var U=({value:e,time:t=!0})=>e?u`<time datetime=${e}>${t?An(e):Cn(e)}</time>`:u`<span class="muted">—</span>`,X=({value:e})=>u`<span class=${`badge status-${String(e).toLowerCase()}`}>${x("status",e)}</span>`;function Fe(){let[e,t]=y([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function Le({pager:e,connection:t}){return t?u`<nav class="pager" aria-label=${a("pages")}>
    <span class="muted">${a("total",{count:t.totalCount??0})}</span>
    <button type="button" class="secondary" disabled=${e.page<=1} onClick=${e.previous}>
      ${a("previous")}
    </button>
    <span>${a("page",{page:e.page})}</span>
    <button
      type="button"
      class="secondary"
      disabled=${!t.pageInfo.hasNextPage}
      onClick=${()=>e.next(t.pageInfo.endCursor)}
    >
      ${a("next")}
    </button>
  </nav>`:null}function k({title:e,actions:t,children:r,id:n}){return u`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function P({text:e}){return u`<p class="muted empty">${e||a("nothing")}</p>`}var Ye=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var _t=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"],Ts=222,Ps=(e,t)=>{let r=t>1?34+e*34/(t-1):45;return`hsl(${Ts}, 65%, ${Math.round(r)}%)`};function Pn(e){let t=he(null),[r,n]=y(e);return Ht(()=>{let s=t.current;if(!s)return;let o=()=>{let m=Math.floor(s.getBoundingClientRect().width);m>0&&n(m)};if(o(),typeof ResizeObserver>"u")return;let i=new ResizeObserver(o);return i.observe(s),()=>i.disconnect()},[]),[t,r]}function Ns(e,{integer:t=!1,count:r=4}={}){let n=Math.max(e,t?1:0)||1,s=n/r,o=10**Math.floor(Math.log10(s)),i=[1,2,5,10].map(c=>c*o).find(c=>c>=s);t&&(i=Math.max(1,Math.ceil(i)));let m=[];for(let c=0;c<n+i/2;c+=i)m.push(Number(c.toPrecision(12)));return m[m.length-1]<n&&m.push(Number((m[m.length-1]+i).toPrecision(12))),m}var Os=(e,t)=>{let r=Math.max(3,Math.floor(t/6.6)),n=String(e);return n.length>r?`${n.slice(0,r-1)}…`:n},Nn=(e,t)=>{let r=Os(e,t);return r===String(e)?r:u`${r}<title>${e}</title>`};function yt({items:e,title:t,format:r=T,name:n}){let[s,o]=Pn(420),i=40,m=Math.max(e.length,1)*i+4,c=Math.max(1,...e.map(f=>f.value)),l=Qe()==="rtl",d=Math.max(40,o-96-8);return u`<figure class="chart-figure" data-chart=${n} ref=${s}>
    <svg class="chart bar-chart" width=${o} height=${m} viewBox=${`0 0 ${o} ${m}`}
      role="img" aria-label=${t}>
      ${e.map((f,$)=>{let v=2+$*i,h=Math.max(f.value>0?2:0,f.value/c*d),_=l?o-4-h:4,w=l?o-4:4,R=l?_-6:_+h+6,B=f.color||Ps($,e.length);return u`<g>
          <text x=${w} y=${v+14} text-anchor="start" direction=${l?"rtl":"ltr"} class="chart-label">
            ${Nn(f.label,o-8)}
          </text>
          <rect
            class="bar"
            x=${_}
            y=${v+20}
            width=${h}
            height="14"
            rx="3"
            style=${`fill:${B}`}
            data-value=${f.value}
          ><title>${f.label}: ${r(f.value)}</title></rect>
          <text x=${R} y=${v+31} text-anchor="start" direction=${l?"rtl":"ltr"} class="chart-value">
            ${r(f.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function Xe({labels:e,series:t,title:r,format:n=T,name:s,integer:o}){let[i,m]=Pn(860),c=o??n===T,l=260,p=12,d=40,f=56,$=l-p-d,v=Ns(Math.max(0,...t.flatMap(S=>S.values)),{integer:c}),h=v[v.length-1],_=Qe()==="rtl",w=(m-f-8)/Math.max(e.length,1),R=Math.max(3,(w-8)/t.length),B=(S,N)=>{let C=f+S*w+4+N*R;return _?m-C-R:C};return u`<figure class="chart-figure" data-chart=${s} ref=${i}>
    <svg class="chart column-chart" width=${m} height=${l} viewBox=${`0 0 ${m} ${l}`}
      role="img" aria-label=${r}>
      ${v.map(S=>{let N=p+$-S/h*$;return u`<g>
          <line x1=${_?0:f} x2=${_?m-f:m} y1=${N} y2=${N} class="grid" />
          <text x=${_?m-4:f-6} y=${N+4} text-anchor="end" class="chart-axis tick"
            direction="ltr" data-tick=${S}>
            ${c?T(S):Rn(S)}
          </text>
        </g>`})}
      ${e.map((S,N)=>u`<g>
          ${t.map((C,E)=>{let ee=C.values[N]||0,ne=ee/h*$;return u`<rect
              class="bar"
              x=${B(N,E)}
              y=${p+$-ne}
              width=${R-1}
              height=${ne}
              style=${`fill:${C.color||_t[E%_t.length]}`}
              data-series=${C.name}
              data-value=${ee}
            ><title>${S} · ${C.name}: ${n(ee)}</title></rect>`})}
          <text
            x=${_?m-(f+N*w+w/2):f+N*w+w/2}
            y=${l-d+16}
            text-anchor="middle"
            class="chart-axis"
          >${Nn(S,w-4)}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((S,N)=>u`<span class="legend-item"><i style=${`background:${S.color||_t[N%_t.length]}`}></i>${S.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(S=>u`<th>${S.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((S,N)=>u`<tr><th>${S}</th>${t.map(C=>u`<td>${n(C.values[N]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var Fs=12,On=864e5,cr={30:30,90:90,365:365,all:null};function Ls(e=new Date){let t=[];for(let r=Fs-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function Us(e,t=new Date){let r=cr[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+On;return{gte:new Date(n-r*On).toISOString(),lte:new Date(n).toISOString()}}var Z="{ amount currency }",Fn=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],Me=["shares","visits","signups","orders","qualified","converted","rewarded"],Ms=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!, $language: String) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${Me.join(" ")} reversed linkOrders visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${Z} windowRevenue ${Z}
      costs { ${Fn.map(e=>`${e} ${Z}`).join(" ")} } totalCost ${Z} committed ${Z}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${Me.join(" ")} }
      money { firstOrderRevenue ${Z} windowRevenue ${Z} totalCost ${Z} returnOnRewards } }
  }
  summary: referralProgramSummary(channel: $channel) { flagged }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue ${Z} rewardCost ${Z} }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent ${Z} }
    advocateReward { type amount ${Z} } minOrderTotal ${Z}
    newCustomersOnly holdDays campaign { name }
  }
}`;function Hs(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${Z} totalCost ${Z} } }`).join(`
`)} }`}var Ws=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function Vs({query:{data:e,error:t,loading:r}}){if(r)return u`<${H} />`;if(t)return u`<${L} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?u`<ol class="leaderboard">
    ${n.map(s=>u`<li><span>${s.name||a("anonymous")}</span><b class="num">${T(s.convertedReferrals)}</b></li>`)}
  </ol>`:u`<${P} />`}function Bs({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return u`<${H} />`;if(r)return u`<${L} error=${r} />`;let o=e.slice(0,-1),i=m=>t[`m${m}`];return u`<${Xe}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(m=>Sn(m))}
    series=${[{name:a("overview.revenue"),values:o.map((m,c)=>i(c)?.money.firstOrderRevenue.amount??0)},{name:a("overview.fullCost"),values:o.map((m,c)=>i(c)?.money.totalCost.amount??0)}]}
  />`}function Gs({program:e}){if(!e)return u`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?le(t.value/100):t.type==="FIXED"?I({amount:t.value,currency:t.currency}):x("discount",t.type);return u`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${I(e.advocateReward.amount)} (${x("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?u`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function qs({now:e,before:t}){if(t==null)return null;if(!t)return e?u`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return u`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${le(r)}
  </small>`}function Ue({title:e,value:t,name:r,now:n,before:s}){return u`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${qs} now=${n} before=${s} />
  </div>`}function Ln({query:e}){let t=D(),[r,n]=y(()=>e.get("period")in cr?e.get("period"):"30"),[s]=y(Ls),o=Us(r),{data:i,error:m,loading:c}=M(Ms,{channel:t.channel,period:o,compare:!!o,language:re()},[r]),l=M(Hs(s),{channel:t.channel}),p=M(Ws,{channel:t.channel}),d=u`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${E=>n(E.target.value)}>
      ${Object.keys(cr).map(E=>u`<option value=${E} selected=${E===r}>${a(`period.${E}`)}</option>`)}
    </select>
  </label>`,f=u`<header class="page-header"><h1>${a("nav.overview")}</h1>${d}</header>`;if(c&&!i)return u`${f}<${H} />`;if(m)return u`${f}<${L} error=${m} />`;let $=i.report;if(!$)return u`${f}<${P} text=${a("overview.noProgram")} />`;let{funnel:v,money:h}=$,_=$.previous,w=h.totalCost.currency,R=E=>I({amount:E,currency:w}),B=E=>E==null?"—":`${T(E,{maximumFractionDigits:2})}×`,S=i.referralCampaigns.filter(E=>E.results),N=[...new Set([...v.sharesByNetwork,...v.visitsByNetwork].map(E=>E.network))],C=(E,ee)=>E.find(ne=>ne.network===ee)?.count??0;return u`${f}
    <${Gs} program=${i.referralProgram} />
    <div class="kpis">
      <${Ue} name="revenue" title=${a("overview.revenue")} value=${I(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${_?.money.firstOrderRevenue.amount} />
      <${Ue} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${I(h.windowRevenue)} now=${h.windowRevenue.amount} before=${_?.money.windowRevenue.amount} />
      <${Ue} name="cost" title=${a("overview.fullCost")} value=${I(h.totalCost)}
        now=${h.totalCost.amount} before=${_?.money.totalCost.amount} />
      <${Ue} name="roi" title=${a("overview.roi")} value=${B(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${_?.money.returnOnRewards} />
      <${Ue} name="converted" title=${a("funnel.converted")} value=${T(v.converted)}
        now=${v.converted} before=${_?.funnel.converted} />
      <${Ue} name="flagged" title=${a("overview.flagged")} value=${T(i.summary?i.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${k} title=${a("overview.funnel")} id="funnel">
        <${yt} name="funnel" title=${a("overview.funnel")}
          items=${Me.map(E=>({label:a(`funnel.${E}`),value:v[E]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:v.visitToOrderRate===null?"—":le(v.visitToOrderRate),linkOrders:v.linkOrders,visits:v.visits,orderToConverted:v.orderToConvertedRate===null?"—":le(v.orderToConvertedRate),reversed:v.reversed})}
        </p>
      <//>
      <${k} title=${a("overview.costs")} id="costs">
        <${yt} name="costs" title=${a("overview.costs")} format=${R}
          items=${Fn.map(E=>({label:a(`cost.${E}`),value:h.costs[E].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:I(h.committed)})}</p>
      <//>
    </div>
    ${_&&u`<${k} title=${a("overview.comparison")} id="comparison">
      <${Xe} name="comparison" title=${a("overview.comparison")}
        labels=${Me.map(E=>a(`funnel.${E}`))}
        series=${[{name:a("overview.thisPeriod"),values:Me.map(E=>v[E])},{name:a("overview.previousPeriod"),values:Me.map(E=>_.funnel[E])}]} />
    <//>`}
    <${k} title=${a("overview.overTime")} id="over-time">
      <${Bs} starts=${s} query=${l} money=${R} />
    <//>
    <div class="grid-2">
      <${k} title=${a("overview.perCampaign")} id="per-campaign">
        ${S.length?u`<${Xe}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${R}
              labels=${S.map(E=>E.name)}
              series=${[{name:a("overview.revenue"),values:S.map(E=>E.results.referredRevenue.amount)},{name:a("cost.advocateRewards"),values:S.map(E=>E.results.rewardCost.amount)}]}
            />`:u`<${P} text=${a("overview.noCampaigns")} />`}
      <//>
      <${k} title=${a("overview.perTier")} id="per-tier">
        ${i.referralTiers.length?u`<${yt}
              name="tiers"
              title=${a("overview.perTier")}
              items=${i.referralTiers.map(E=>({label:E.name,value:E.members}))}
            />`:u`<${P} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${k} title=${a("overview.networks")} id="networks">
        ${N.length?u`<${Xe}
              name="networks"
              title=${a("overview.networks")}
              labels=${N.map(E=>x("network",E))}
              series=${[{name:a("funnel.shares"),values:N.map(E=>C(v.sharesByNetwork,E))},{name:a("funnel.visits"),values:N.map(E=>C(v.visitsByNetwork,E))}]}
            />`:u`<${P} />`}
      <//>
      <${k} title=${a("overview.leaderboard")} id="leaderboard">
        <${Vs} query=${p} />
      <//>
    </div>`}var Ae=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,He="totalCount pageInfo { hasNextPage endCursor }",Ks=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${O}
  }
}`;function Se({referral:e}){return u`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>u`<li>
            <${U} value=${t.createdAt} />
            <span>${t.fromStatus?x("status",t.fromStatus):"—"} ${Oe()} ${x("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?u`<ul class="plain">
            ${e.rewards.map(t=>u`<li>
                ${x("side",t.side)}${a("list.sep")}${x("kind",t.kind)}${a("list.sep")}${I(t.amount)}${a("list.sep")}
                <${X} value=${t.status} />
              </li>`)}
          </ul>`:u`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function xe({referral:e,onDone:t}){let[r,n]=y(null),[s,o]=y(""),[i,m]=y(!1),c=he(null),l=F(Ks,"referralReview");q(()=>{let v=c.current;v&&(r&&!v.open&&(v.showModal?v.showModal():v.setAttribute("open",""),v.querySelector("textarea")?.focus()),!r&&v.open&&v.close())},[r]);let p=v=>{o(""),m(!1),n(v)};async function d(v){if(v.preventDefault(),!s.trim()){m(!0);return}let h=await l.run({id:e.id,decision:r,reason:s.trim()});if(h){let _=r;n(null),t(h.referral,_)}}let f=i?[{field:"reason",code:"REQUIRED",message:a("review.reasonRequired")},...l.errors]:l.errors,$=e.friendEmail||e.friendName||"—";return u`<div class="review-form" data-referral=${e.id}>
    <div class="actions">
      <button type="button" name="approve" disabled=${l.busy} onClick=${()=>p("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${l.busy} onClick=${()=>p("REJECT")}>${a("review.reject")}</button>
    </div>
    <dialog ref=${c} class="review-dialog" data-decision=${r||""} onClose=${()=>n(null)}
      aria-labelledby=${`review-title-${e.id}`}>
      <form method="dialog" name="review" onSubmit=${d} noValidate>
        <h2 id=${`review-title-${e.id}`}>${a(r==="REJECT"?"review.confirmReject":"review.confirmApprove")}</h2>
        <p class="muted">${a("review.confirmText",{friend:$,advocate:e.advocateEmail||"—"})}</p>
        <${g} label=${a("review.reason")} name="reason" errors=${f}>
          <textarea name="reason" rows="3" required value=${s} onInput=${v=>{o(v.target.value),m(!1)}}></textarea>
        <//>
        <${W} errors=${l.errors} fields=${["reason"]} />
        <div class="actions">
          <button type="submit" name="confirm" class=${r==="REJECT"?"danger":""} disabled=${l.busy}>
            ${a("review.confirm")}
          </button>
          <button type="button" name="cancel" class="secondary" onClick=${()=>n(null)}>${a("cancel")}</button>
        </div>
      </form>
    </dialog>
  </div>`}function wt({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return u`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${U} value=${e.createdAt} /></td>
      <td><${X} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${we} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||x("source",e.source)}</td>
    </tr>
    ${t&&u`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var bt=()=>u`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var js=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${He}
    edges { node { ${Ae} } }
  }
}`;function Un(){let e=D(),t=Fe(),[r,n]=y(null),{data:s,error:o,loading:i,reload:m}=M(js,{channel:e.channel,after:t.after},[t.after]),c=s&&s.referrals;return u`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&u`<p class="notice" role="status">${r}</p>`}
    ${i&&!s&&u`<${H} />`}
    <${L} error=${o} />
    ${c&&(c.edges.length?u`<ul class="queue">
          ${c.edges.map(({node:l})=>u`<li class="card queue-item" data-id=${l.id}>
              <header class="queue-head">
                <${X} value=${l.status} />
                <b>${l.advocateEmail}</b> ${Oe()} <b>${l.friendEmail||l.friendName}</b>
                <span class="muted">${l.orderNumber?`#${l.orderNumber}`:""}</span>
                <${we} value=${l.orderTotal} />
                <${U} value=${l.createdAt} />
              </header>
              <p class="flag-reason">${l.statusReason}</p>
              <${Se} referral=${l} />
              <${xe}
                referral=${l}
                onDone=${(p,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:l.friendEmail||l.friendName})),m()}}
              />
            </li>`)}
        </ul>`:u`<${P} text=${a("review.empty")} />`)}
    <${Le} pager=${t} connection=${c} />`}var Js=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],zs=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String, $language: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${He}
    edges { node { ${Ae} } }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,Qs=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${O}
  }
}`;function Mn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=z(e.createdFrom)),e.createdTo&&(t.createdTo=z(e.createdTo)),e.tier&&(t.tier=e.tier),t}function Ys({onDone:e}){let t=D(),r=j({advocateEmail:"",orderId:"",source:"MANUAL"}),n=F(Qs,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return u`<form class="inline-form" onSubmit=${s} name="attribute">
    <${g} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${b} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${b} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${g} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${Q} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,x("source",o)])} />
    <//>
    <${W} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function Hn({query:e}){let t=D(),r=Fe(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=j(n),[o,i]=y(()=>Mn(n)),[m,c]=y(null),{data:l,error:p,loading:d,reload:f}=M(zs,{channel:t.channel,filter:o,after:r.after,language:re()},[JSON.stringify(o),r.after]),$=l&&l.referrals;return u`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${v=>{v.preventDefault(),r.reset(),i(Mn(s.values))}}
    >
      <${g} label=${a("col.status")} name="status">
        <${Q} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...Js.map(v=>[v,x("status",v)])]} />
      <//>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <${b} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${g} label=${a("col.friend")} name="friendEmail">
        <${b} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${b} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${b} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${l&&l.referralTiers.length>0&&u`<${g} label=${a("col.tier")} name="tier">
        <${Q} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...l.referralTiers.map(v=>[v.id,v.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!l&&u`<${H} />`}
    <${L} error=${p} />
    ${$&&($.edges.length?u`<table class="table referrals-table">
          <${bt} />
          <tbody>
            ${$.edges.map(({node:v})=>u`<${wt}
                referral=${v}
                open=${m===v.id}
                onToggle=${()=>c(m===v.id?null:v.id)}
              >
                <${Se} referral=${v} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(v.status)&&u`<${xe} referral=${v} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:u`<${P} />`)}
    <${Le} pager=${r} connection=${$} />
    <${k} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${Ys} onDone=${f} />
    <//>`}var Xs=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],Zs=["VOUCHER","STORE_CREDIT","DONATION","PERK"],Et=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,eo=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${He}
    edges { node { ${Et} } }
  }
}`,to=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${Et} } ${O} }
}`;function ro({reward:e,onDone:t}){let[r,n]=y(""),s=F(to,"referralRewardRevoke");async function o(i){i.preventDefault();let m=await s.run({id:e.id,reason:r});m&&t(m.reward)}return u`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${g} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${W} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function ur({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?u`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>u`<tr data-id=${s.id}>
            <td><${U} value=${s.createdAt} /></td>
            <td><${X} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${x("side",s.side)}</small></td>
            <td>${x("kind",s.kind)}${s.voucherCode?u`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${we} value=${s.amount} /></td>
            <td><${U} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?u`<${we} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${we} value=${s.shortfallAmount} /></small>`:u`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&u`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&u`<tr class="expanded"><td colspan="9"><${ro} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:u`<${P} />`}function no(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=z(e.createdFrom)),e.createdTo&&(t.createdTo=z(e.createdTo)),t}function Wn(){let e=D(),t=Fe(),r=j({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=y({}),{data:o,error:i,loading:m,reload:c}=M(eo,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),l=o&&o.referralRewards;return u`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${p=>{p.preventDefault(),t.reset(),s(no(r.values))}}>
      <${g} label=${a("col.status")} name="status">
        <${Q} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...Xs.map(p=>[p,x("status",p)])]} />
      <//>
      <${g} label=${a("col.kind")} name="kind">
        <${Q} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...Zs.map(p=>[p,x("kind",p)])]} />
      <//>
      <${g} label=${a("col.recipient")} name="recipientEmail">
        <${b} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${g} label=${a("filter.from")} name="createdFrom">
        <${b} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${g} label=${a("filter.to")} name="createdTo">
        <${b} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${m&&!o&&u`<${H} />`}
    <${L} error=${i} />
    ${l&&u`<${ur} connection=${l} onChanged=${c} />`}
    <${Le} pager=${t} connection=${l} />`}var ao=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,so="id slug name translations { language name } referrals bonus { type amount { amount currency } }",et="id status reason total done createdAt finishedAt",oo=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${ao} }
  referralMilestones(channel: $channel) { ${so} }
}`,io=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${et} } ${O} }
}`,lo=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${et} } ${O} }
}`,co=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${O} }
}`,uo=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${et} } ${O} }
}`,po=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${et} } ${O} }
}`,mo=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${O} } }`,fo=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${et} } }`,$o=`query TierHistory($channel: String!, $email: String!, $language: String) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name(languageCode: $language) }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,Ze=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",Vn=e=>Ze(e,re())||e.name,ho=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],qn=()=>ho.map(([e,t])=>[e,t||x("kind",e)]);function vo(e){return{name:e?.name||"",name_fa:Ze(e,"fa"),name_ar:Ze(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:me(e?.earlyAccessUntil),reason:"",pay:!1}}function go(e){return{name:e.name,translations:Ye(e,"name"),rank:pe(e.rank),minReferrals:pe(e.minReferrals),minRevenue:J(e.minRevenue),window:e.window,windowDays:pe(e.windowDays),rewardMultiplier:J(e.rewardMultiplier),rewardFixed:J(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:J(e.entryAmount)??0}:null,memberDiscountPercent:J(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:z(e.earlyAccessUntil)}}var _o=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function yo({placement:e}){let t=D(),[r,n]=y(e);return q(()=>{if(n(e),!e)return;let s,o=async()=>{try{let i=await t.gql(fo,{id:e.id});n(i.referralTierPlacement),i.referralTierPlacement&&!i.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?u`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Bn({tier:e,onDone:t,onCancel:r}){let n=D(),s=j(vo(e)),o=F(io,"referralTierCreate"),i=F(lo,"referralTierUpdate"),m=e?i:o,{values:c,set:l}=s;async function p(f){f.preventDefault();let $={input:go(c),pay:c.pay},v=e?await i.run({...$,id:e.id,reason:c.reason||null}):await o.run({...$,channel:n.channel});v&&t(v.placement)}let d=m.errors;return u`<form class="entity-form" name="tier" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${b} name="name" value=${c.name} set=${l} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${b} name="name_fa" value=${c.name_fa} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${c.name_ar} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.rank")} name="rank" errors=${d}><${b} name="rank" type="number" value=${c.rank} set=${l} /><//>
      <${g} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${b} name="minReferrals" type="number" value=${c.minReferrals} set=${l} /><//>
      <${g} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${b} name="minRevenue" type="number" step="any" value=${c.minRevenue} set=${l} /><//>
      <${g} label=${a("tiers.window")} name="window" errors=${d}>
        <${Q} name="window" value=${c.window} set=${l} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,x("window",f)])} />
      <//>
      <${g} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${b} name="windowDays" type="number" value=${c.windowDays} set=${l} /><//>
      <${g} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${b} name="rewardMultiplier" type="number" step="any" value=${c.rewardMultiplier} set=${l} /><//>
      <${g} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${b} name="rewardFixed" type="number" step="any" value=${c.rewardFixed} set=${l} /><//>
      <${g} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${Q} name="entryKind" value=${c.entryKind} set=${l} options=${qn()} />
          <${b} name="entryAmount" type="number" step="any" value=${c.entryAmount} set=${l} />
        </span>
      <//>
      <${g} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${b} name="memberDiscountPercent" type="number" step="any" value=${c.memberDiscountPercent} set=${l} /><//>
      <${g} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${b} name="earlyAccessCollections" value=${c.earlyAccessCollections} set=${l} /><//>
      <${g} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${b} name="earlyAccessUntil" type="datetime-local" value=${c.earlyAccessUntil} set=${l} /><//>
      ${e&&u`<${g} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${b} name="reason" value=${c.reason} set=${l} /><//>`}
    </div>
    <${ye} name="pay" value=${c.pay} set=${l} text=${a("tiers.payEntryRewards")} />
    <${W} errors=${d} fields=${_o} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&u`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function wo({tier:e,onDone:t}){let[r,n]=y(""),s=F(co,"referralTierDelete");return u`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let i=await s.run({id:e.id,reason:r});i&&t(i.membersMoved)}}>
    <${g} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${W} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function bo(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:Ze(e,"fa"),name_ar:Ze(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Gn({milestone:e,onDone:t,onCancel:r}){let n=D(),s=j(bo(e)),o=F(uo,"referralMilestoneCreate"),i=F(po,"referralMilestoneUpdate"),m=e?i:o,{values:c,set:l}=s;async function p(f){f.preventDefault();let $={slug:c.slug,name:c.name,translations:Ye(c,"name"),referrals:pe(c.referrals),bonus:c.bonusKind?{type:c.bonusKind,amount:J(c.bonusAmount)??0}:null},v=e?await i.run({id:e.id,input:$,pay:c.pay}):await o.run({channel:n.channel,input:$,pay:c.pay});v&&t(v.placement)}let d=m.errors;return u`<form class="entity-form" name="milestone" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${g} label=${a("milestones.slug")} name="slug" errors=${d}><${b} name="slug" value=${c.slug} set=${l} /><//>
      <${g} label=${a("tiers.name")} name="name" errors=${d}><${b} name="name" value=${c.name} set=${l} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${d}><${b} name="name_fa" value=${c.name_fa} set=${l} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${c.name_ar} set=${l} dir="rtl" /><//>
      <${g} label=${a("milestones.referrals")} name="referrals" errors=${d}><${b} name="referrals" type="number" value=${c.referrals} set=${l} /><//>
      <${g} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${Q} name="bonusKind" value=${c.bonusKind} set=${l} options=${qn()} />
          <${b} name="bonusAmount" type="number" step="any" value=${c.bonusAmount} set=${l} />
        </span>
      <//>
    </div>
    <${ye} name="pay" value=${c.pay} set=${l} text=${a("milestones.payBonuses")} />
    <${W} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&u`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Eo(){let e=D(),[t,r]=y(""),[n,s]=y(null),[o,i]=y(null);async function m(c){c.preventDefault();try{let l=await e.gql($o,{channel:e.channel,email:t,language:re()});s(l.referralTierHistory||{changes:[],none:!0}),i(null)}catch(l){i(l)}}return u`<form class="inline-form" name="tier-history" onSubmit=${m}>
      <${g} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${c=>r(c.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${L} error=${o} />
    ${n&&(n.none?u`<${P} />`:u`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&u`${a("list.sep")}${a("tiers.demoteAfter")} <${U} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(c=>u`<tr>
          <td><${U} value=${c.createdAt} /></td><td>${x("tierChange",c.kind)}</td>
          <td>${c.fromTier||"—"} ${Oe()} ${c.toTier||"—"}</td><td class="num">${T(c.convertedReferrals)}</td>
          <td class="muted">${c.reason}</td></tr>`)}</tbody></table>`)}`}function Kn(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(oo,{channel:e.channel}),[o,i]=y(null),[m,c]=y(null),[l,p]=y(null),[d,f]=y(null),$=h=>_=>{i(null),c(null),p(_||null),f(h),s()};if(n&&!t)return u`<h1>${a("nav.tiers")}</h1><${H} />`;if(r)return u`<h1>${a("nav.tiers")}</h1><${L} error=${r} />`;let v=h=>[h.rewardMultiplier&&a("perk.multiplier",{value:T(h.rewardMultiplier)}),h.rewardFixed&&a("perk.fixed",{amount:I(h.rewardFixed)}),h.entryReward&&a("perk.entry",{amount:I(h.entryReward.amount)}),h.memberDiscountPercent&&a("perk.discount",{percent:le(Number(h.memberDiscountPercent)/100)}),h.earlyAccessCollections.length&&a("perk.earlyAccess",{count:h.earlyAccessCollections.length})].filter(Boolean).join(a("list.sep"));return u`<h1>${a("nav.tiers")}</h1>
    ${d&&u`<p class="notice" role="status">${d}</p>`}
    <${yo} placement=${l} />
    <${k} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?u`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>u`<tr data-id=${h.id}>
              <td class="num">${T(h.rank)}</td><td class="tier-name">${Vn(h)}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:x("window",h.window)})}
                ${h.minRevenue?u`${a("list.sep")}${I(h.minRevenue)}`:""}</td>
              <td class="perks">${v(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>c(m===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&u`<tr class="expanded"><td colspan="5"><${Bn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===h.id&&u`<tr class="expanded"><td colspan="5"><${wo} tier=${h} onDone=${_=>$(a("tiers.deleted",{count:_||0}))()} /></td></tr>`}`)}
          </tbody></table>`:u`<${P} text=${a("tiers.none")} />`}
    <//>
    <${k} title=${a("tiers.new")} id="new-tier">
      <${Bn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${k} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?u`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>u`<tr data-id=${h.id}>
                <td class="num">${T(h.referrals)}</td><td>${Vn(h)} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${x("kind",h.bonus.type)} ${I(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${Ro} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&u`<tr class="expanded"><td colspan="4"><${Gn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:u`<${P} />`}
      <h3>${a("milestones.new")}</h3>
      <${Gn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${k} title=${a("tiers.history")} id="tier-history"><${Eo} /><//>`}function Ro({milestone:e,onDone:t}){let r=F(mo,"referralMilestoneDelete");return u`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var Co=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,Ao=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${Co} } }`,So=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${O} }
}`,xo=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${O} }
}`,dr=["en","fa","ar"],Do=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function Io(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:me(e?.startsAt),endsAt:me(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of dr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function jn(e){return{name:e.name,copy:dr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:z(e.startsAt),endsAt:z(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:J(e.offerValue),minSpent:J(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:J(e.rewardAmount),multiplier:J(e.rewardMultiplier)}:null}}function Jn({campaign:e,onDone:t,onCancel:r}){let n=D(),s=j(Io(e)),o=F(So,"referralCampaignCreate"),i=F(xo,"referralCampaignUpdate"),m=e?i:o,{values:c,set:l}=s,p=m.errors;async function d(f){f.preventDefault(),(e?await i.run({channel:n.channel,id:e.id,input:jn(c)}):await o.run({channel:n.channel,input:jn(c)}))&&t()}return u`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("campaigns.name")} name="name" errors=${p}><${b} name="name" value=${c.name} set=${l} /><//>
      <${g} label=${a("campaigns.startsAt")} name="startsAt" errors=${p}><${b} name="startsAt" type="datetime-local" value=${c.startsAt} set=${l} /><//>
      <${g} label=${a("campaigns.endsAt")} name="endsAt" errors=${p}><${b} name="endsAt" type="datetime-local" value=${c.endsAt} set=${l} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${b} name="imageUrl" type="url" value=${c.imageUrl} set=${l} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${dr.map(f=>u`
        <${g} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?p:[]}>
          <${b} name=${`title_${f}`} value=${c[`title_${f}`]} set=${l} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${g} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${b} name=${`description_${f}`} value=${c[`description_${f}`]} set=${l} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${g} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${p}>
        <span class="pair">
          <${Q} name="offerType" value=${c.offerType} set=${l}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,x("discount",f)])]} />
          <${b} name="offerValue" type="number" step="any" value=${c.offerValue} set=${l} placeholder=${a("campaigns.value")} />
          <${b} name="offerMinSpent" type="number" step="any" value=${c.offerMinSpent} set=${l} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${g} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${p}>
        <span class="pair">
          <${b} name="rewardAmount" type="number" step="any" value=${c.rewardAmount} set=${l} placeholder=${a("campaigns.amount")} />
          <${b} name="rewardMultiplier" type="number" step="any" value=${c.rewardMultiplier} set=${l} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${W} errors=${p} fields=${Do} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&u`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function zn(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(Ao,{channel:e.channel}),[o,i]=y(null),[m,c]=y(null),l=p=>()=>{i(null),c(p),s()};return n&&!t?u`<h1>${a("nav.campaigns")}</h1><${H} />`:r?u`<h1>${a("nav.campaigns")}</h1><${L} error=${r} />`:u`<h1>${a("nav.campaigns")}</h1>
    ${m&&u`<p class="notice" role="status">${m}</p>`}
    <${k} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?u`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")}</th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(p=>u`<tr data-id=${p.id}>
              <td>${p.name}</td>
              <td><${X} value=${p.state} /></td>
              <td><${U} value=${p.startsAt} /> – <${U} value=${p.endsAt} /></td>
              <td>${p.results?u`${a("campaigns.resultsText",{referrals:p.results.referrals,converted:p.results.converted})}<br />
                  <small>${I(p.results.referredRevenue)} / ${I(p.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${p.state!=="ENDED"&&u`<button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===p.id&&u`<tr class="expanded"><td colspan="5">
              <${Jn} campaign=${p} onDone=${l(a("saved"))} onCancel=${()=>i(null)} />
              ${p.switches&&p.switches.length>0&&u`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${p.switches.map(d=>u`<li><${U} value=${d.createdAt} /> ${x("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:u`<${P} text=${a("campaigns.none")} />`}
    <//>
    <${k} title=${a("campaigns.new")} id="new-campaign">
      <${Jn} key=${`new-${t.referralCampaigns.length}`} onDone=${l(a("campaigns.created"))} />
    <//>`}var ko=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,To=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${ko} }`,Po=`query Contests($channel: String!) { referralContests(channel: $channel) { ${To} } }`,No=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,Oo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${O} }
}`,Fo=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${O} }
}`,Lo=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${O} }
}`,Uo=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${O} }
}`,Mo=["name","translations","startsAt","endsAt","minReferrals","prizes"],Qn=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),Yn=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function Xn({contest:e,onDone:t,onCancel:r}){let n=D(),s=j({name:e?.name||"",name_fa:Yn(e,"fa"),name_ar:Yn(e,"ar"),startsAt:me(e?.startsAt),endsAt:me(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,i]=y(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[Qn()]),m=F(Oo,"referralContestCreate"),c=F(Fo,"referralContestUpdate"),l=e?c:m,{values:p,set:d}=s,f=l.errors,$=(h,_,w)=>i(o.map((R,B)=>B===h?{...R,[_]:w}:R));async function v(h){h.preventDefault();let _={name:p.name,translations:Ye(p,"name"),startsAt:z(p.startsAt),endsAt:z(p.endsAt),minReferrals:pe(p.minReferrals),prizes:o.map(R=>({method:R.method,kind:R.kind,amount:J(R.amount),description:R.description}))};(e?await c.run({channel:n.channel,id:e.id,input:_}):await m.run({channel:n.channel,input:_}))&&t()}return u`<form class="entity-form" name="contest" onSubmit=${v} noValidate>
    <div class="form-grid">
      <${g} label=${a("contests.name")} name="name" errors=${f}><${b} name="name" value=${p.name} set=${d} /><//>
      <${g} label=${a("tiers.nameFa")} name="translations" errors=${f}><${b} name="name_fa" value=${p.name_fa} set=${d} dir="rtl" /><//>
      <${g} label=${a("tiers.nameAr")} name="name_ar"><${b} name="name_ar" value=${p.name_ar} set=${d} dir="rtl" /><//>
      <${g} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${b} name="startsAt" type="datetime-local" value=${p.startsAt} set=${d} /><//>
      <${g} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${b} name="endsAt" type="datetime-local" value=${p.endsAt} set=${d} /><//>
      <${g} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${b} name="minReferrals" type="number" value=${p.minReferrals} set=${d} /><//>
    </div>
    <${g} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,_)=>u`<div class="pair prize" data-prize=${_}>
          <select name=${`prize-method-${_}`} onChange=${w=>$(_,"method",w.target.value)}>
            ${["RANK","DRAW"].map(w=>u`<option value=${w} selected=${h.method===w}>${x("method",w)}</option>`)}
          </select>
          <select name=${`prize-kind-${_}`} onChange=${w=>$(_,"kind",w.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(w=>u`<option value=${w} selected=${h.kind===w}>${x("kind",w)}</option>`)}
          </select>
          <input name=${`prize-amount-${_}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${w=>$(_,"amount",w.target.value)} />
          <input name=${`prize-description-${_}`} placeholder=${a("contests.description")} value=${h.description} onInput=${w=>$(_,"description",w.target.value)} />
          <button type="button" class="secondary" onClick=${()=>i(o.filter((w,R)=>R!==_))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>i([...o,Qn()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${W} errors=${f} fields=${Mo} />
    <div class="actions">
      <button type="submit" disabled=${l.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&u`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Ho({contest:e}){let t=D(),{data:r,error:n,loading:s}=M(No,{channel:t.channel,contest:e.id},[e.id]);if(s)return u`<${H} />`;if(n)return u`<${L} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?u`<ol class="leaderboard standings">${o.map(i=>u`<li><span>${i.name||a("anonymous")}</span><b class="num">${T(i.convertedReferrals)}</b></li>`)}</ol>`:u`<${P} />`}function Wo({contest:e,onDone:t}){let r=D(),[n,s]=y(""),o=F(Lo,"referralContestDecide");return u`<form class="inline-form" name="decide" onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${g} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${i=>s(i.target.value)} />
    <//>
    <${W} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function Vo({prize:e,onDone:t}){let r=D(),[n,s]=y(""),o=F(Uo,"referralContestPrizeFulfil");return u`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${i=>s(i.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${W} errors=${o.errors} fields=${[]} />
  </form>`}function Bo({contest:e,onChanged:t}){return u`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>u`<tr data-id=${r.id}>
      <td class="num">${T(r.position)}</td><td>${x("method",r.method)}</td>
      <td>${x("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${I(r.amount)}</td>
      <td>${r.winnerEmail?u`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${T(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?u`<${U} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?u`<${Vo} prize=${r} onDone=${t} />`:r.rewardStatus?x("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function Zn(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(Po,{channel:e.channel}),[o,i]=y(null),[m,c]=y(null),[l,p]=y(null),d=f=>()=>{c(null),p(f),s()};return n&&!t?u`<h1>${a("nav.contests")}</h1><${H} />`:r?u`<h1>${a("nav.contests")}</h1><${L} error=${r} />`:u`<h1>${a("nav.contests")}</h1>
    ${l&&u`<p class="notice" role="status">${l}</p>`}
    <${k} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?u`<ul class="contest-list">${t.referralContests.map(f=>u`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${X} value=${f.state} />
              <span><${U} value=${f.startsAt} /> – <${U} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&u`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&u`<span>${I(f.prizeCost)} / ${I(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>i(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&u`<button type="button" class="secondary" name="edit" onClick=${()=>c(m===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${m===f.id&&u`<${Xn} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>c(null)} />`}
            ${o===f.id&&u`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${Ho} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${Bo} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?u`<${Wo} contest=${f} onDone=${d(a("contests.decided"))} />`:u`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:u`<${P} text=${a("contests.none")} />`}
    <//>
    <${k} title=${a("contests.new")} id="new-contest">
      <${Xn} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var Go=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,qo=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${Go} } }`,Ko=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${O} }
}`,jo=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${O} }
}`,Jo=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${O}
  }
}`,zo=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function ea({cause:e,onDone:t,onCancel:r}){let n=D(),s=j({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=F(Ko,"referralCauseCreate"),i=F(jo,"referralCauseUpdate"),m=e?i:o,{values:c,set:l}=s,p=m.errors;async function d(f){f.preventDefault();let $={name:c.name,description:c.description,url:c.url||null,imageUrl:c.imageUrl||null,goal:J(c.goal),donatePerReferral:J(c.donatePerReferral),isActive:c.isActive};(e?await i.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return u`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${g} label=${a("causes.name")} name="name" errors=${p}><${b} name="name" value=${c.name} set=${l} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${p}><${b} name="description" value=${c.description} set=${l} /><//>
      <${g} label=${a("causes.url")} name="url" errors=${p}><${b} name="url" type="url" value=${c.url} set=${l} /><//>
      <${g} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${b} name="imageUrl" type="url" value=${c.imageUrl} set=${l} /><//>
      <${g} label=${a("causes.goal")} name="goal" errors=${p}><${b} name="goal" type="number" step="any" value=${c.goal} set=${l} /><//>
      <${g} label=${a("causes.perReferral")} name="donatePerReferral" errors=${p}><${b} name="donatePerReferral" type="number" step="any" value=${c.donatePerReferral} set=${l} /><//>
    </div>
    <${ye} name="isActive" value=${c.isActive} set=${l} text=${a("active")} />
    <${W} errors=${p} fields=${zo} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&u`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Qo({cause:e,onDone:t}){let[r,n]=y(""),s=F(Jo,"referralDonationPayoutRecord");return u`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let i=await s.run({cause:e.id,reference:r||null});i&&t(i.payout)}}>
    <${g} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${W} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function ta(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(qo,{channel:e.channel}),[o,i]=y(null),[m,c]=y(null),[l,p]=y(null),d=f=>()=>{i(null),c(null),p(f),s()};return n&&!t?u`<h1>${a("nav.causes")}</h1><${H} />`:r?u`<h1>${a("nav.causes")}</h1><${L} error=${r} />`:u`<h1>${a("nav.causes")}</h1>
    ${l&&u`<p class="notice" role="status">${l}</p>`}
    <${k} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?u`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>u`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":u` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${I(f.raised)}</td><td class="num">${I(f.pending)}</td>
              <td class="num" data-field="paidOut">${I(f.paidOut)}</td><td class="num">${I(f.shortfall)}</td>
              <td class="num">${T(f.donations)}</td>
              <td>${f.progress===null?"—":u`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${le(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>c(m===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&u`<tr class="expanded"><td colspan="8"><${ea} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===f.id&&u`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:I(f.pending)})}</p>
              <${Qo} cause=${f} onDone=${$=>d(a("causes.paid",{amount:I($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:u`<${P} text=${a("causes.none")} />`}
    <//>
    <${k} title=${a("causes.new")} id="new-cause">
      <${ea} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var Yo=`id name description startsAt capacity seatsLeft minTier { id name(languageCode: $language) } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,Xo=`query Events($channel: String!, $language: String) {
  referralEvents(channel: $channel) { ${Yo} }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`,Zo=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${O} }
}`,ei=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${O} }
}`,ti=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function ra({event:e,tiers:t,onDone:r,onCancel:n}){let s=D(),o=j({name:e?.name||"",description:e?.description||"",startsAt:me(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),i=F(Zo,"referralEventCreate"),m=F(ei,"referralEventUpdate"),c=e?m:i,{values:l,set:p}=o,d=c.errors;async function f($){$.preventDefault();let v={name:l.name,description:l.description,startsAt:z(l.startsAt),capacity:pe(l.capacity),minTier:l.minTier||null,guestPassesPerMember:pe(l.guestPassesPerMember),cost:J(l.cost),isActive:l.isActive};(e?await m.run({id:e.id,input:v,invite:l.invite}):await i.run({channel:s.channel,input:v,invite:l.invite}))&&r()}return u`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${g} label=${a("events.name")} name="name" errors=${d}><${b} name="name" value=${l.name} set=${p} /><//>
      <${g} label=${a("causes.description")} name="description" errors=${d}><${b} name="description" value=${l.description} set=${p} /><//>
      <${g} label=${a("events.startsAt")} name="startsAt" errors=${d}><${b} name="startsAt" type="datetime-local" value=${l.startsAt} set=${p} /><//>
      <${g} label=${a("events.capacity")} name="capacity" errors=${d}><${b} name="capacity" type="number" value=${l.capacity} set=${p} /><//>
      <${g} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${Q} name="minTier" value=${l.minTier} set=${p} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${g} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${b} name="guestPassesPerMember" type="number" value=${l.guestPassesPerMember} set=${p} /><//>
      <${g} label=${a("events.cost")} name="cost" errors=${d}><${b} name="cost" type="number" step="any" value=${l.cost} set=${p} /><//>
    </div>
    <${ye} name="isActive" value=${l.isActive} set=${p} text=${a("active")} />
    <${ye} name="invite" value=${l.invite} set=${p} text=${a("events.invite")} />
    <${W} errors=${d} fields=${ti} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&u`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function na(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(Xo,{channel:e.channel,language:re()}),[o,i]=y(null),[m,c]=y(null),l=p=>()=>{i(null),c(p),s()};return n&&!t?u`<h1>${a("nav.events")}</h1><${H} />`:r?u`<h1>${a("nav.events")}</h1><${L} error=${r} />`:u`<h1>${a("nav.events")}</h1>
    ${m&&u`<p class="notice" role="status">${m}</p>`}
    <${k} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?u`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(p=>u`<tr data-id=${p.id}>
              <td>${p.name}${p.isActive?"":u` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${U} value=${p.startsAt} /></td>
              <td class="num">${T(p.seatsLeft)} / ${T(p.capacity)}</td>
              <td>${p.minTier?p.minTier.name:a("events.everyone")}</td>
              <td class="num">${p.invitedMembers===null?"—":T(p.invitedMembers)}</td>
              <td class="num">${T(p.passesRedeemed)}</td>
              <td>${p.cost?I(p.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button></td>
            </tr>
            ${o===p.id&&u`<tr class="expanded"><td colspan="8"><${ra} event=${p} tiers=${t.referralTiers} onDone=${l(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:u`<${P} text=${a("events.none")} />`}
    <//>
    <${k} title=${a("events.new")} id="new-event">
      <${ra} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${l(a("events.created"))} />
    <//>`}var ri=`query Customer($channel: String!, $id: ID!, $language: String) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name(languageCode: $language) } nextTier { tier { name(languageCode: $language) } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${Ae} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${Et} } }
  }
}`,ni=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${Ae} } } }
}`;function aa(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function ai({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?u`<table class="table referrals-table"><${bt} /><tbody>
    ${e.edges.map(({node:s})=>u`<${wt} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${Se} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&u`<${xe} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:u`<${P} />`}function Rt({title:e,value:t}){return u`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function sa({query:e}){let t=D(),r=aa(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:i}=M(ri,{channel:t.channel,id:r||"",language:re()},[r]);if(!r)return u`<h1>${a("customer.title")}</h1><${P} text=${a("customer.missing")} />`;if(o&&!n)return u`<h1>${a("customer.title")}</h1><${H} />`;if(s)return u`<h1>${a("customer.title")}</h1><${L} error=${s} />`;let m=n.referralCustomer;return m?u`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${Rt} title=${a("customer.code")} value=${m.code||"—"} />
      <${Rt} title=${a("col.tier")} value=${m.tier?m.tier.name:"—"} />
      <${Rt} title=${a("customer.friends")} value=${T(m.stats.friends)} />
      <${Rt} title=${a("customer.earned")} value=${I(m.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:m.stats.visits,orders:m.stats.orders,pending:m.stats.pending,rewarded:m.stats.rewarded})}
      ${m.nextTier&&u`${a("list.sep")}${a("customer.nextTier",{tier:m.nextTier.tier.name,count:m.nextTier.referralsNeeded})}`}
      ${m.tierAtRiskUntil&&u`${a("list.sep")}${a("customer.atRisk")} <${U} value=${m.tierAtRiskUntil} />`}
      ${m.memberDiscountCode&&u`${a("list.sep")}${a("customer.memberCode")} <code>${m.memberDiscountCode}</code>`}
    </p>
    ${m.badges.length>0&&u`<p class="badges">${m.badges.map(c=>u`<span class="badge">${c.name}</span>`)}</p>`}
    <${k} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${ai} connection=${n.referrals} onChanged=${i} />
    <//>
    <${k} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${ur} connection=${n.referralRewards} onChanged=${i} />
    <//>`:u`<h1>${a("customer.title")}</h1><${P} text=${a("customer.none")} />`}function oa({query:e}){let t=D(),r=aa(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:i}=M(ni,{channel:t.channel,order:r||""},[r]);if(!r)return u`<h1>${a("order.title")}</h1><${P} text=${a("order.missing")} />`;if(o&&!n)return u`<h1>${a("order.title")}</h1><${H} />`;if(s)return u`<h1>${a("order.title")}</h1><${L} error=${s} />`;let m=n.referrals.edges[0]&&n.referrals.edges[0].node;return m?u`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${m.id}>
      <p><${X} value=${m.status} /> ${m.statusReason}</p>
      <p>${a("col.advocate")}: <b>${m.advocateEmail}</b> (${m.code})${a("list.sep")}${a("col.friend")}: <b>${m.friendEmail||m.friendName}</b></p>
      <${Se} referral=${m} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(m.status)&&u`<${xe} referral=${m} onDone=${i} />`}
    </div>`:u`<h1>${a("order.title")}</h1><${P} text=${a("order.none")} />`}var si=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],ia=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,oi=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${ia} }
  referralCampaigns(channel: $channel) { id name }
}`,ii=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${ia} } ${O}
  }
}`,li=new Set(["PENDING","RUNNING"]);function ci({campaigns:e,onDone:t}){let r=D(),n=j({kind:"REFERRALS",from:"",to:"",campaign:""}),s=F(ii,"referralExport"),{values:o,set:i}=n;async function m(c){c.preventDefault();let l=o.from||o.to?{gte:z(o.from),lte:z(o.to)}:null,p=await s.run({channel:r.channel,kind:o.kind,period:l,campaign:o.campaign||null});p&&t(p.exportFile)}return u`<form class="inline-form" name="export" onSubmit=${m} noValidate>
    <${g} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${Q} name="kind" value=${o.kind} set=${i} options=${si.map(c=>[c,x("export",c)])} />
    <//>
    <${g} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${b} name="from" type="datetime-local" value=${o.from} set=${i} />
    <//>
    <${g} label=${a("filter.to")} name="to">
      <${b} name="to" type="datetime-local" value=${o.to} set=${i} />
    <//>
    <${g} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${Q} name="campaign" value=${o.campaign} set=${i}
        options=${[["",a("all")],...e.map(c=>[c.id,c.name])]} />
    <//>
    <${W} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function ui({file:e}){return e.status==="SUCCESS"?u`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?u`<span class="muted">${a("exports.counting")}</span>`:u`<span><progress max="1" value=${e.progress}></progress> ${le(e.progress)}
    <small class="muted">${T(e.rowsDone)} / ${T(e.rowsTotal??0)}</small></span>`}function la(){let e=D(),{data:t,error:r,loading:n,reload:s}=M(oi,{channel:e.channel}),[o,i]=y(null),m=!!t&&t.referralExportFiles.some(c=>li.has(c.status));return q(()=>{if(!m)return;let c=setTimeout(s,1500);return()=>clearTimeout(c)},[m,t]),n&&!t?u`<h1>${a("nav.exports")}</h1><${H} />`:r?u`<h1>${a("nav.exports")}</h1><${L} error=${r} />`:u`<h1>${a("nav.exports")}</h1>
    ${o&&u`<p class="notice" role="status">${o}</p>`}
    <${k} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${ci} campaigns=${t.referralCampaigns} onDone=${()=>{i(a("exports.requested")),s()}} />
    <//>
    <${k} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?u`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(c=>u`<tr data-id=${c.id} data-status=${c.status}>
            <td><${U} value=${c.createdAt} /></td>
            <td>${x("export",c.kind)}${c.periodStart||c.periodEnd?u`<br /><small class="muted"><${U} value=${c.periodStart} time=${!1} /> – <${U} value=${c.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${X} value=${c.status} />${c.status==="FAILED"?u`<br /><small class="muted">${c.statusReason}</small>`:""}</td>
            <td><${ui} file=${c} /></td>
            <td class="muted">${c.requestedBy}</td>
            <td>${c.url?u`<a class="download" href=${c.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:u`<${P} text=${a("exports.none")} />`}
    <//>`}var Ct={overview:Ln,review:Un,referrals:Hn,rewards:Wn,tiers:Kn,campaigns:zn,contests:Zn,causes:ta,events:na,exports:la,customer:sa,order:oa},ca=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];function di({gql:e,onToken:t}){let r=j({email:"",password:""}),[n,s]=y([]),[o,i]=y(!1);async function m(c){c.preventDefault(),i(!0);try{let{payload:l,errors:p}=await lt(e,gn,r.values,"tokenCreate");s(p),!p.length&&l.token&&t(l.token)}catch(l){s([{field:null,code:"INVALID",message:l.message}])}finally{i(!1)}}return u`<main class="sign-in">
    <form class="card" onSubmit=${m} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${g} label=${a("signIn.email")} name="email" errors=${n}>
        <${b} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${g} label=${a("signIn.password")} name="password" errors=${n}>
        <${b} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${W} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function pi({onSignOut:e,framed:t}){return u`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&u`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function mi({router:e}){let[t,r]=y("");return u`<main class="sign-in">
    <form
      class="card"
      onSubmit=${n=>{n.preventDefault(),t.trim()&&location.assign(e.href("overview",{channel:t.trim()}))}}
    >
      <h1>${a("channel.title")}</h1>
      <label class="field"><span class="field-label">${a("channel.slug")}</span>
        <input name="channel" value=${t} onInput=${n=>r(n.target.value)} required />
      </label>
      <button type="submit">${a("channel.open")}</button>
    </form>
  </main>`}var fi=new Set(["customer","order"]);function $i({bridge:e,children:t}){let r=he(null);return q(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>_n(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),u`<main class="content embedded" ref=${r}>${t}</main>`}var hi="query Channels { channels { slug name } }";function vi({gql:e,channel:t}){let[r,n]=y([]);if(q(()=>{e(hi).then(o=>n(o.channels||[]),()=>n([]))},[]),r.length<2)return null;function s(o){let i=new URL(location.href);/\/plugins\/channel\/[^/]+\//.test(i.pathname)?i.pathname=i.pathname.replace(/\/plugins\/channel\/[^/]+\//,`/plugins/channel/${encodeURIComponent(o)}/`):i.searchParams.set("channel",o),location.assign(i.toString())}return u`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${o=>s(o.target.value)}>
      ${r.map(o=>u`<option value=${o.slug} selected=${o.slug===t}>${o.name}</option>`)}
    </select>
  </label>`}function ua({config:e}){let t=ue(sr,[]),r=new URLSearchParams(location.search),n=ue(()=>xn(e.base),[]),[s]=y(e.channel||r.get("channel")||""),[o,i]=y(()=>vt(r.get("lang"),t&&r.get("locale"),e.language)),[m,c]=y(()=>t?null:vn()),[l,p]=y(e.graphqlUrl),[d,f]=y(r.get("theme")||"light"),[$,v]=y("app"),h=he(null);En(o),q(()=>{document.documentElement.dataset.theme=d},[d]),q(()=>{t&&(h.current=hn(C=>{C.token&&c(C.token),C.saleorApiUrl&&p(C.saleorApiUrl),C.theme&&f(C.theme),C.locale&&!r.get("lang")&&i(vt(C.locale,o))}))},[]);let _=ue(()=>Mr(l,()=>m),[l,m]),w=n.useRoute();function R(){ir(null),c(null),v("app")}let B={gql:_,channel:s,router:n,navigate:n.navigate,framed:t,onApiError(C){C.kind==="permission"?v("no-permission"):C.kind==="auth"&&!t&&R()}};if(!m)return t?u`<p class="muted loading">${a("dashboard.waiting")}</p>`:u`<${di}
      gql=${_}
      onToken=${C=>{ir(C),c(C)}}
    />`;if($==="no-permission")return u`<${pi} onSignOut=${R} framed=${t} />`;if(!s)return u`<${mi} router=${n} />`;let S=Ct[w.page]||Ct.overview,N=Ct[w.page]?w.page:"overview";return t&&fi.has(N)?u`<${gt.Provider} value=${B}>
      <${$i} bridge=${h} key=${`${N}-${o}`}><${S} query=${w.query} /><//>
    <//>`:u`<${gt.Provider} value=${B}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small>${s}</small></div>
        <ul>
          ${ca.map(C=>u`<li>
              <a
                href=${n.href(C)}
                class=${C===N?"active":""}
                aria-current=${C===N?"page":void 0}
                data-page=${C}
                onClick=${E=>{E.ctrlKey||E.metaKey||(E.preventDefault(),n.navigate(C))}}
              >${a(`nav.${C}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${vi} gql=${_} channel=${s} />
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${re()}
              onChange=${C=>i(C.target.value)}
            >
              ${lr.map(C=>u`<option value=${C} selected=${C===o}>${a(`language.${C}`)}</option>`)}
            </select>
          </label>
          ${!t&&u`<button type="button" class="link" onClick=${R}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${N} key=${`${N}-${o}`}>
        <${S} query=${w.query} />
      </main>
    </div>
  <//>`}or();var gi=JSON.parse(document.getElementById("referrals-console-config").textContent);Lt(u`<${ua} config=${gi} />`,document.getElementById("referrals-console"));
